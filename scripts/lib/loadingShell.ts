/**
 * Build (and dev) step: index.html's root holds the app's own loading screen — the Suspense
 * fallback of src/app/App.tsx, in the default operator language, read from its locale file — so
 * that on a slow network the first paint is the app saying it is loading, not a white page while
 * the main chunk downloads and runs. React replaces it on its first render.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { DEFAULT_OPERATOR_LANGUAGE } from '../../src/i18n/languages.ts';

const ROOT = '<div id="root"></div>';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function loadingText(language: string, localesDir: string): string {
  const app = JSON.parse(readFileSync(join(localesDir, language, 'app.json'), 'utf8')) as { common?: { loading?: unknown } };
  const text = app.common?.loading;
  if (typeof text !== 'string' || !text) throw new Error(`locales/${language}/app.json has no common.loading`);
  return text;
}

export function withLoadingShell(html: string, text: string): string {
  if (!html.includes(ROOT)) throw new Error(`index.html has no ${ROOT} to fill`);
  return html.replace(ROOT, `<div id="root"><main id="main" class="screen" aria-busy="true"><p>${escapeHtml(text)}</p></main></div>`);
}

export function loadingShell(language = DEFAULT_OPERATOR_LANGUAGE, localesDir = 'locales'): Plugin {
  return {
    name: 'spt-loading-shell',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => withLoadingShell(html, loadingText(language, localesDir)),
    },
  };
}

/**
 * Build step: `<link rel="modulepreload">` in index.html for the default operator language's
 * start namespaces (src/i18n/startNamespaces.ts). Without it the browser learns of these chunks
 * only after the main chunk has run, one more round trip before the first screen can render.
 */
import type { Plugin } from 'vite';
import { DEFAULT_OPERATOR_LANGUAGE } from '../../src/i18n/languages.ts';
import { START_NAMESPACES } from '../../src/i18n/startNamespaces.ts';

const LOCALE_MODULE = /\/locales\/([^/]+)\/([^/.]+)\.json(?:\?.*)?$/;

export function startLocalesPreload(language = DEFAULT_OPERATOR_LANGUAGE): Plugin {
  const wanted = new Set<string>(START_NAMESPACES);
  return {
    name: 'spt-start-locales-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.values(ctx.bundle ?? {}).flatMap((item) => {
          if (item.type !== 'chunk' || !item.facadeModuleId) return [];
          const m = LOCALE_MODULE.exec(item.facadeModuleId);
          return m && m[1] === language && wanted.has(m[2]!) ? [item.fileName] : [];
        });
        return files.sort().map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * Build step: `<link rel="preload" as="fetch">` in index.html for the default operator language's
 * start namespaces (src/i18n/startNamespaces.ts), JSON files fetched by src/i18n/resources.ts.
 * Without it the browser learns of them only after the main chunk has run, one more round trip
 * before the first screen can render. `crossorigin` makes the preload match `fetch()`'s mode.
 */
import type { Plugin } from 'vite';
import { DEFAULT_OPERATOR_LANGUAGE } from '../../src/i18n/languages.ts';
import { START_NAMESPACES } from '../../src/i18n/startNamespaces.ts';
import { localeOf } from './pwaBuild.ts';

export function startLocalesPreload(language = DEFAULT_OPERATOR_LANGUAGE): Plugin {
  const wanted = new Set<string>(START_NAMESPACES);
  return {
    name: 'spt-start-locales-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.values(ctx.bundle ?? {}).flatMap((item) => {
          if (item.type !== 'asset') return [];
          const locale = localeOf(item);
          return locale && locale.language === language && wanted.has(locale.namespace) ? [item.fileName] : [];
        });
        return files
          .sort()
          .map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

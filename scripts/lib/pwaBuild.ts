/**
 * Build-time half of the offline PWA (docs/pwa.md): the web app manifest, the Workbox service
 * worker and the split between what is precached at install and what is cached on first use.
 *
 * Precached (works after one online visit): the app shell, every JS/CSS chunk except the ones
 * listed below, the operator languages' locale chunks and the built-in ISCO-08 taxonomy chunk.
 * Cached on first use: interview-only locale chunks, the PDF engine, fonts and imported ESCO
 * datasets (public/taxonomy). They are listed in offline-extras.json so that the "make all
 * languages available offline" action can fetch them ahead of time.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { operatorLanguages } from '../../src/i18n/languages.ts';

export const OFFLINE_EXTRAS_FILE = 'offline-extras.json';
/** Shared with src/taxonomy/loader.ts so that a dataset is stored once, whoever fetched it. */
const TAXONOMY_CACHE = 'taxonomy-v1';
const THEME_COLOR = '#0b4f8a';
const BACKGROUND_COLOR = '#ffffff';

const LOCALE_MODULE = /\/locales\/([^/]+)\/([^/.]+)\.json(?:\?.*)?$/;
/** The PDF worker (src/pdf/pdf.worker.ts), emitted by Vite as an asset. */
const PDF_WORKER_FILE = /(?:^|\/)pdf\.worker-[^/]+\.js$/;
/** Chunks holding any of these are the PDF engine: large and needed only when a PDF is made. */
const PDF_MODULES = [/\/node_modules\/@react-pdf\//, /\/node_modules\/pdfkit\//, /\/node_modules\/fontkit\//, /\/src\/pdf\//];

/** `package.json` version plus the commit, or APP_VERSION when a deployment (or a test) sets it. */
export function appVersion(root = process.cwd()): string {
  if (process.env.APP_VERSION) return process.env.APP_VERSION;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  try {
    const sha = execSync('git rev-parse --short HEAD', { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return `${pkg.version}+${sha}`;
  } catch {
    return pkg.version;
  }
}

/** Locale chunks get readable names (`locale-ar-interview-<hash>.js`) so that caching rules and people can tell them apart. */
export function chunkFileNames(chunk: { facadeModuleId?: string | null; name: string }): string {
  const m = chunk.facadeModuleId ? LOCALE_MODULE.exec(chunk.facadeModuleId) : null;
  return m ? `assets/locale-${m[1]}-${m[2]}-[hash].js` : 'assets/[name]-[hash].js';
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  facadeModuleId?: string | null;
  moduleIds?: readonly string[];
}

/** Which emitted files are left to runtime caching (the rest is precached). */
export function runtimeOnlyFiles(bundle: Record<string, ChunkLike>, operatorLocales: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of Object.values(bundle)) {
    if (item.type === 'asset') {
      if (/\.(?:woff2?|ttf|otf)$/i.test(item.fileName)) out.push(item.fileName);
      // The PDF worker is emitted as an asset (its own bundle of the PDF engine): cached on first use like the PDF chunk.
      else if (PDF_WORKER_FILE.test(item.fileName)) out.push(item.fileName);
      continue;
    }
    const locale = item.facadeModuleId ? LOCALE_MODULE.exec(item.facadeModuleId) : null;
    if (locale) {
      if (!operatorLocales.includes(locale[1]!)) out.push(item.fileName);
      continue;
    }
    if (!item.isEntry && (item.moduleIds ?? []).some((id) => PDF_MODULES.some((re) => re.test(id)))) out.push(item.fileName);
  }
  return out.sort();
}

export function pwaPlugins(version: string): Plugin[] {
  const runtimeOnly = new Set<string>();
  let publicDir = '';
  const operatorLocales = operatorLanguages().map((l) => l.code);

  const split: Plugin = {
    name: 'spt-pwa-split',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml() {
      return [
        { tag: 'link', attrs: { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon-180.png' }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'apple-mobile-web-app-capable', content: 'yes' }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'mobile-web-app-capable', content: 'yes' }, injectTo: 'head' },
      ];
    },
    generateBundle(_options, bundle) {
      runtimeOnly.clear();
      for (const f of runtimeOnlyFiles(bundle as unknown as Record<string, ChunkLike>, operatorLocales)) runtimeOnly.add(f);
      const fonts = filesUnder(join(publicDir, 'fonts')).map((p) => relative(publicDir, p).split('\\').join('/'));
      // Browsers that run this app all read woff2: prefetching the .woff twins would only cost bytes.
      const files = [...runtimeOnly, ...fonts].filter((f) => !f.endsWith('.woff')).map((f) => `/${f}`);
      this.emitFile({ type: 'asset', fileName: OFFLINE_EXTRAS_FILE, source: JSON.stringify({ version, files }, null, 1) });
    },
  };

  const pwa = VitePWA({
    strategies: 'generateSW',
    // The page decides when a waiting worker takes over (src/pwa/updates.ts): never mid-interview.
    registerType: 'prompt',
    injectRegister: false,
    filename: 'sw.js',
    manifestFilename: 'manifest.webmanifest',
    // The glob below already finds the icons; listing them again would only duplicate entries.
    includeManifestIcons: false,
    manifest: {
      id: '/',
      name: 'Profilo delle competenze – Skills Profile',
      short_name: 'Profilo competenze',
      description: 'Colloqui per il profilo delle competenze (EU Skills Profile Tool), anche senza rete.',
      lang: 'it',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      orientation: 'any',
      theme_color: THEME_COLOR,
      background_color: BACKGROUND_COLOR,
      categories: ['productivity', 'government'],
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,json}'],
      globIgnores: ['taxonomy/**', 'fonts/**', '**/*.map'],
      manifestTransforms: [
        (entries) => ({
          manifest: entries.filter((e) => !runtimeOnly.has(e.url.replace(/^\//, ''))),
          warnings: [],
        }),
      ],
      navigateFallback: 'index.html',
      // The API must answer for itself (or fail) — a cached page in its place would look like success.
      navigateFallbackDenylist: [/^\/api(?:\/|$)/],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: false,
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && /\.(?:woff2?|ttf|otf)$/i.test(url.pathname),
          handler: 'CacheFirst',
          options: { cacheName: 'fonts', cacheableResponse: { statuses: [200] }, expiration: { maxEntries: 100 } },
        },
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/taxonomy/') && !url.pathname.endsWith('/manifest.json'),
          handler: 'CacheFirst',
          options: { cacheName: TAXONOMY_CACHE, cacheableResponse: { statuses: [200] } },
        },
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/taxonomy/manifest.json',
          handler: 'NetworkFirst',
          options: { cacheName: TAXONOMY_CACHE, cacheableResponse: { statuses: [200] } },
        },
        {
          // Hashed names never change meaning, so the first copy is good forever.
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
          handler: 'CacheFirst',
          options: { cacheName: 'lazy-assets', cacheableResponse: { statuses: [200] }, expiration: { maxEntries: 400 } },
        },
      ],
    },
  });

  return [split, ...pwa];
}

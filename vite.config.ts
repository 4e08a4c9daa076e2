import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { appVersion, chunkFileNames, pwaPlugins } from './scripts/lib/pwaBuild.ts';
import { pdfFontsPlugin } from './scripts/pdf-fonts.ts';
import { startLocalesPreload } from './scripts/lib/startPreload.ts';
import { precompressPlugin } from './server/http/precompress.ts';

const APP_VERSION = appVersion();

// BUILD_OUT_DIR lets parallel test runs build into their own folder instead of racing on dist/.
export default defineConfig({
  // precompressPlugin last: it compresses what the others wrote (served by server/http/staticPwa.ts).
  plugins: [react(), pdfFontsPlugin(), startLocalesPreload(), ...pwaPlugins(APP_VERSION), precompressPlugin()],
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  // Dexie's package entry wraps its ES5 UMD build (to guard against two copies under require()); the
  // app is one ES bundle, so its ES2018 build is enough and ~1.3 KB gzip smaller on the list's path.
  resolve: {
    alias: [
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
      { find: /^use-sync-external-store\/shim$/, replacement: fileURLToPath(new URL('./src/vendor/useSyncExternalStore.ts', import.meta.url)) },
    ],
  },
  build: {
    outDir: process.env.BUILD_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // What the first screen imports ($initial) goes into two chunks, libraries and app. Left to
    // itself, Rolldown split modules shared by the first screen and a lazy part into small chunks of
    // their own, which compress worse and cost a request each (docs/performance.md).
    rolldownOptions: { output: { chunkFileNames, codeSplitting: { groups: [{ name: 'vendor', tags: ['$initial'], test: /node_modules/ }, { name: 'start', tags: ['$initial'] }] } } },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});

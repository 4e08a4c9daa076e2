/**
 * Brotli and gzip twins of the built PWA's text files (`app.js` → `app.js.br`, `app.js.gz`),
 * written once at build time and served by `staticPwa.ts` (`@fastify/static` `preCompressed`) to
 * browsers that accept them. Compressing at build time allows brotli's slow, dense qualities (the
 * JavaScript shrinks to about a third), and the server does no compression work per request.
 *
 * Imported by vite.config.ts through Vite's native config loader: node: modules only.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images and woff/woff2 fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|webmanifest|svg|txt|xml|ttf|otf)$/i;
const MIN_BYTES = 1024;
/**
 * Revalidated on every visit (staticPwa.ts) and replaced by hand in an emergency: the kill-switch
 * worker is copied over sw.js on the server (docs/pwa.md), and a twin left from the build would
 * then keep serving the old worker. These stay plain; they are small.
 */
export const NO_CACHE_FILES: ReadonlySet<string> = new Set(['index.html', 'sw.js', 'registerSW.js', 'manifest.webmanifest']);
const FONT = /\.(?:ttf|otf)$/i;
/** Above this, brotli's slow qualities take too long for a build (imported ESCO datasets). */
const SLOW_QUALITY_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Measured on this app's build: quality 10 makes the JavaScript 7 % smaller than quality 9 for 5x the
 * time (about 3 s of CPU for 3.3 MB), quality 11 only 1.5 % smaller again for twice that. Fonts
 * (PDF only, outside the first visit) stay at 9: 10 would cost 15x the time for 6 %.
 */
function brotliQuality(file: string, bytes: number): number {
  if (bytes > SLOW_QUALITY_MAX_BYTES) return 6;
  return FONT.test(file) ? 9 : 10;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const path = join(dir, e.name);
      return e.isDirectory() ? filesUnder(path) : Promise.resolve(e.isFile() ? [path] : []);
    }),
  );
  return nested.flat();
}

export interface PrecompressResult {
  files: number;
  bytes: number;
  brotliBytes: number;
}

/** Writes `.br` and `.gz` next to every compressible file of `dir` (source maps excepted) that they make smaller. */
export async function precompressDir(dir: string): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: 0, bytes: 0, brotliBytes: 0 };
  const candidates = (await filesUnder(dir)).filter((f) => COMPRESSIBLE.test(f) && !NO_CACHE_FILES.has(basename(f)));
  // zlib's asynchronous calls run on libuv's thread pool: several files are compressed at once.
  await Promise.all(
    candidates.map(async (file) => {
      if ((await stat(file)).size < MIN_BYTES) return;
      const source = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(source, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file, source.length),
            [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
            [constants.BROTLI_PARAM_MODE]: FONT.test(file) ? constants.BROTLI_MODE_FONT : constants.BROTLI_MODE_TEXT,
          },
        }),
        gzipAsync(source, { level: 9 }),
      ]);
      if (br.length < source.length) await writeFile(`${file}.br`, br);
      if (gz.length < source.length) await writeFile(`${file}.gz`, gz);
      result.files += 1;
      result.bytes += source.length;
      result.brotliBytes += Math.min(br.length, source.length);
    }),
  );
  return result;
}

/** Vite plugin: precompresses the output folder after everything else is written. */
export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'spt-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler(error?: Error) {
        if (!error) await precompressDir(outDir);
      },
    },
  };
}

/**
 * Subsets the PDF fonts (src/pdf/fonts.ts) into public/fonts/pdf/. Runs before dev and build
 * through the Vite plugin in vite.config.ts, from `npm run pdf:fonts`, and from the Node PDF command.
 * Output is skipped when it is newer than its source, so repeated builds cost nothing.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { PDF_FONT_FILES, PDF_FONTS_PATH, codePointsOf } from '../src/pdf/fonts.ts';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PDF_FONTS_DIR = join(ROOT, 'public', PDF_FONTS_PATH);

function isFresh(out: string, source: string): boolean {
  try {
    return statSync(out).mtimeMs >= statSync(source).mtimeMs && statSync(out).mtimeMs >= statSync(fileURLToPath(import.meta.url)).mtimeMs;
  } catch {
    return false;
  }
}

export async function generatePdfFonts(outDir = PDF_FONTS_DIR): Promise<{ file: string; bytes: number; sourceBytes: number }[]> {
  mkdirSync(outDir, { recursive: true });
  return Promise.all(
    PDF_FONT_FILES.map(async (f) => {
      const source = require.resolve(f.source);
      const out = join(outDir, f.file);
      const sourceBytes = statSync(source).size;
      if (!isFresh(out, source)) {
        const subset = await subsetFont(readFileSync(source), codePointsOf(f.ranges), { targetFormat: 'sfnt' });
        writeFileSync(out, subset);
      }
      return { file: f.file, bytes: statSync(out).size, sourceBytes };
    }),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await generatePdfFonts();
  console.table(result.map((r) => ({ file: r.file, 'source KiB': Math.round(r.sourceBytes / 1024), 'subset KiB': Math.round(r.bytes / 1024) })));
}

/** Vite plugin: the subset fonts exist before dev serving or building copies public/. */
export function pdfFontsPlugin() {
  return {
    name: 'pdf-fonts',
    async buildStart() {
      await generatePdfFonts();
    },
  };
}

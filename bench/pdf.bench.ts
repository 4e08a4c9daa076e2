/**
 * Time to generate the full bilingual (Italian + Arabic) CPI copy of the profile the browser figure
 * uses (the Arabic example with Tigrinya free text, bench/lib/pdfProfile.ts), with the same code as
 * `npm run pdf` (fonts loaded once, then warm runs). Node, not throttled: the budgeted figure is the
 * browser's (bench/lib/pdfAdapter.ts). `npx tsx bench/pdf.bench.ts`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileDocumentSchema } from '../src/domain/profileDocument';
import { PDF_FONT_FILES } from '../src/pdf/fonts';
import { loadPdfTexts } from '../src/pdf/node/texts';
import { renderProfilePdf } from '../src/pdf/render';
import { SPT_QUESTIONNAIRE } from '../src/questionnaire/questionnaire';
import { arabicTigrinyaProfile } from './lib/pdfProfile';
import { PDF_FONTS_DIR, generatePdfFonts } from '../scripts/pdf-fonts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.PDF_BENCH_RUNS ?? 5);

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

export async function runPdfBench() {
  await generatePdfFonts();
  const doc = profileDocumentSchema.parse(arabicTigrinyaProfile(ROOT));
  const texts = await loadPdfTexts(join(ROOT, 'locales'));
  const render = async () => {
    const blob = await renderProfilePdf({
      doc,
      questionnaire: SPT_QUESTIONNAIRE,
      texts,
      options: { copy: 'cpi', secondLang: 'ar', generatedAt: new Date(), timeZone: 'Europe/Rome' },
      fontSrc: (f) => join(PDF_FONTS_DIR, f.file),
      loadSampleFont: async () => readFileSync(join(PDF_FONTS_DIR, PDF_FONT_FILES[0]!.file)),
    });
    return blob.size;
  };
  const t0 = performance.now();
  const size = await render();
  const first = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await render();
    times.push(performance.now() - start);
  }
  return [
    {
      name: 'bilingual it+ar CPI copy with Arabic and Tigrinya text',
      'first run ms (fonts load)': Math.round(first),
      runs: RUNS,
      'p50 ms': Math.round(quantile(times, 0.5)),
      'max ms': Math.round(Math.max(...times)),
      'size KiB': Math.round(size / 1024),
    },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.table(await runPdfBench());
}

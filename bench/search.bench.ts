/**
 * Occupation search latency per keystroke over the full English + French ESCO files
 * (../shared/esco/v1.1.1). Budget: p95 <= 16 ms (one frame). `npx tsx bench/search.bench.ts`
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { buildLanguageDataset, ESCO_FILE_KINDS, escoFileName, type EscoSource } from '../src/taxonomy/escoImport';
import { Taxonomy } from '../src/taxonomy/taxonomy';

const ESCO_DIR = fileURLToPath(new URL('../../shared/esco/v1.1.1/', import.meta.url));

const QUERIES: Record<string, string[]> = {
  en: ['welder', 'bricklayer', 'care worker', 'truck driver', 'kitchen assistant', 'hairdresser', 'electrician', 'agricultural labourer', 'cleaner', 'software developer', 'nurse assistant', 'warehouse operative', 'waiter', 'plumber', 'tailor', 'weldr', 'bricklyer', 'carpentre'],
  fr: ['soudeur', 'maçon', 'macon', 'aide-soignant', 'chauffeur poids lourd', 'cuisinier', 'coiffeuse', 'électricien', 'ouvrier agricole', 'agent de nettoyage', 'développeur', 'infirmière', 'magasinier', 'serveur', 'plombier', 'couturière', 'soudeurr', 'menuisier'],
};

export interface SearchBenchRow {
  name: string;
  keystrokes: number;
  p50ms: number;
  p95ms: number;
  maxms: number;
}

function loadLanguage(lang: string) {
  const source = {} as EscoSource;
  for (const kind of ESCO_FILE_KINDS) {
    const name = escoFileName(kind, lang);
    source[kind] = { name, text: readFileSync(resolve(ESCO_DIR, lang, name), 'utf8') };
  }
  return buildLanguageDataset(lang, '1.1.1', source);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (n: number) => Math.round(n * 100) / 100;

export function runSearchBench(): SearchBenchRow[] {
  const datasets = ['en', 'fr'].map(loadLanguage);
  const started = performance.now();
  const taxonomy = new Taxonomy(datasets);
  taxonomy.occupations.freeze();
  const buildMs = performance.now() - started;

  // Warm the JIT on other text so that the measured keystrokes are what a user gets after load.
  for (const q of ['operator', 'opérateur', 'assistant']) for (let i = 1; i <= q.length; i++) taxonomy.searchOccupations(q.slice(0, i));

  const rows: SearchBenchRow[] = [];
  const all: number[] = [];
  for (const [lang, queries] of Object.entries(QUERIES)) {
    const times: number[] = [];
    for (const query of queries) {
      taxonomy.occupations.clearCache();
      for (let i = 1; i <= query.length; i++) {
        const t0 = performance.now();
        taxonomy.searchOccupations(query.slice(0, i), { limit: 20 });
        times.push(performance.now() - t0);
      }
    }
    all.push(...times);
    rows.push(summary(`keystroke (${lang} queries)`, times));
  }
  rows.push(summary('keystroke (all)', all));
  rows.push({ name: `index build (${taxonomy.occupations.size.labels} labels)`, keystrokes: 0, p50ms: round(buildMs), p95ms: round(buildMs), maxms: round(buildMs) });
  return rows;
}

function summary(name: string, times: number[]): SearchBenchRow {
  const sorted = [...times].sort((a, b) => a - b);
  return { name, keystrokes: times.length, p50ms: round(percentile(sorted, 50)), p95ms: round(percentile(sorted, 95)), maxms: round(sorted[sorted.length - 1]!) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = runSearchBench();
  console.table(rows);
  const p95 = rows.find((r) => r.name === 'keystroke (all)')!.p95ms;
  console.log(`occupation search p95 per keystroke: ${p95} ms (budget 16 ms) ${p95 <= 16 ? 'OK' : 'OVER BUDGET'}`);
}

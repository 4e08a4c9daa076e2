/**
 * What the service worker stores at install (its precache manifest in sw.js), excluding fonts and
 * ESCO datasets, which are cached on first use. Budget: 1.5 MB. Needs a production build:
 * `npx tsx bench/precache.bench.ts <build dir>` (npm run bench builds one).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PrecacheSize {
  entries: number;
  bytes: number;
  /** The largest entries, to see at a glance what to split or defer. */
  largest: { url: string; bytes: number }[];
  excluded: number;
}

const EXCLUDED = [/\.(?:woff2?|ttf|otf)$/i, /^taxonomy\//, /(?:^|\/)esco[-/]/i];

export function precacheUrls(swSource: string): string[] {
  const start = swSource.indexOf('precacheAndRoute([');
  if (start < 0) throw new Error('sw.js has no precacheAndRoute([...]) manifest');
  const end = swSource.indexOf('])', start);
  return [...swSource.slice(start, end).matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]!);
}

export function measurePrecache(buildDir: string): PrecacheSize {
  const urls = precacheUrls(readFileSync(join(buildDir, 'sw.js'), 'utf8'));
  const kept = urls.filter((u) => !EXCLUDED.some((re) => re.test(u.replace(/^\//, ''))));
  const sized = kept.map((url) => ({ url, bytes: statSync(join(buildDir, url.replace(/^\//, ''))).size }));
  sized.sort((a, b) => b.bytes - a.bytes);
  return { entries: kept.length, bytes: sized.reduce((s, e) => s + e.bytes, 0), largest: sized.slice(0, 3), excluded: urls.length - kept.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const r = measurePrecache(dir);
  console.log(`precache of ${dir}: ${r.entries} entries, ${(r.bytes / 1024).toFixed(1)} KB (budget 1536 KB); largest: ${r.largest.map((l) => `${l.url} ${(l.bytes / 1024).toFixed(0)} KB`).join(', ')}`);
}

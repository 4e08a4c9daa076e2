/**
 * `npm run bench`: every benchmark in bench/, one table against the budgets of issue 10.
 *
 * Builds the production app, serves it with the app's own server (server/app.ts on a throwaway
 * PGlite), drives Debian's Chromium with a 4x CPU slowdown for the browser figures, runs the
 * Node benchmarks (search, ingest, sync, PDF, …) through their exported functions, and prints
 * one table that is also written to bench/results/latest.md. Lines over budget are reported and
 * counted; the exit code is 0 either way (this is a report, not a gate).
 *
 *   npm run bench [-- --iterations 5] [--only firstVisit,precache] [--build-dir <existing build>]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { BROWSER_GROUPS, runBrowserBench, type BrowserGroup } from './browser.bench';
import { buildProduction, startBenchApp, type BenchApp } from './lib/appServer';
import { hasChromium, launchChromium } from './lib/browser';
import { describeMachine, type MachineInfo } from './lib/machine';
import { describeMachineMarkdown, markdownTable, summaryLine, textTable, toRow, type Measurement, type ReportRow } from './lib/report';
import { measurePrecache } from './precache.bench';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const RESULTS_FILE = join(BENCH_DIR, 'results', 'latest.md');

export const NODE_GROUPS = ['precache', 'search', 'ingest', 'sync', 'pdf', 'lighthouse'] as const;
export type Group = BrowserGroup | (typeof NODE_GROUPS)[number];
export const ALL_GROUPS: readonly Group[] = [...BROWSER_GROUPS, ...NODE_GROUPS];

/** Benchmark files this runner calls as functions; any other bench/*.bench.ts runs as a child process. */
const KNOWN_FILES = new Set(['browser.bench.ts', 'precache.bench.ts', 'search.bench.ts', 'ingest.bench.ts', 'sync.bench.ts', 'pdf.bench.ts', 'lighthouse.bench.ts']);

export interface BenchOptions {
  iterations?: number;
  only?: readonly Group[];
  /** Reuse a build (e.g. the browser tests' one) instead of building; it is not deleted. */
  buildDir?: string;
  /** Where to write the markdown report; `false` writes nothing. */
  output?: string | false;
  log?: (line: string) => void;
}

export interface BenchReport {
  machine: MachineInfo;
  rows: ReportRow[];
  measurements: Measurement[];
  markdown: string;
  summary: string;
}

const KB = 1024;
const errorText = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

async function importBench<T>(file: string): Promise<T | undefined> {
  const path = join(BENCH_DIR, file);
  if (!existsSync(path)) return undefined;
  return (await import(pathToFileURL(path).href)) as T;
}

async function precacheGroup(app: BenchApp): Promise<Measurement[]> {
  const r = measurePrecache(app.buildDir);
  return [
    {
      metric: 'Precached for offline use (no fonts, no ESCO)',
      budget: { kind: 'max', value: 1.5 * KB * KB, unit: 'bytes' },
      samples: [r.bytes],
      unit: 'bytes',
      note: `${r.entries} entries from sw.js; largest ${r.largest.map((l) => `${l.url.replace(/^.*\//, '')} ${(l.bytes / KB).toFixed(0)} KB`).join(', ')}`,
    },
  ];
}

async function searchGroup(iterations: number): Promise<Measurement[]> {
  const mod = await importBench<typeof import('./search.bench')>('search.bench.ts');
  if (!mod) return [];
  const runs = Array.from({ length: Math.max(1, Math.min(iterations, 3)) }, () => mod.runSearchBench());
  const all = runs.map((rows) => rows.find((r) => r.name === 'keystroke (all)')!);
  const build = runs.map((rows) => rows.find((r) => r.name.startsWith('index build'))!);
  const keystrokes = all.reduce((s, r) => s + r.keystrokes, 0);
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  return [
    {
      metric: 'Occupation search per keystroke, ESCO en+fr (Node)',
      budget: { kind: 'max', value: 16, unit: 'ms' },
      samples: [],
      summary: { median: mid(all.map((r) => r.p50ms)), p95: mid(all.map((r) => r.p95ms)), runs: keystrokes },
      unit: 'ms',
      note: `bench/search.bench.ts, ${runs.length} run(s), median of per-run p50/p95; CPU p95 ${mid(all.map((r) => r.cpuP95ms))} ms; not throttled`,
    },
    { metric: `  search index build (${build[0]!.name.replace(/^index build \(|\)$/g, '')}), Node`, samples: build.map((b) => b.p50ms), unit: 'ms' },
  ];
}

async function ingestGroup(iterations: number): Promise<Measurement[]> {
  const mod = await importBench<typeof import('./ingest.bench')>('ingest.bench.ts');
  if (!mod) return [];
  const byDb = new Map<string, number[]>();
  const notes = new Set<string>();
  for (let i = 0; i < Math.max(1, Math.min(iterations, 3)); i++) {
    const { rows, notes: n } = await mod.runIngestBench();
    for (const r of rows) byDb.set(r.database, [...(byDb.get(r.database) ?? []), r.profilesPerSecond]);
    n.forEach((x) => notes.add(x));
  }
  const budget = { kind: 'min' as const, value: 500, unit: '/s' };
  const out: Measurement[] = [];
  for (const db of ['pglite', 'postgresql']) {
    const samples = byDb.get(db) ?? [];
    const note = samples.length ? 'bench/ingest.bench.ts, 500 profiles after 200 not counted, 8 in flight, over HTTP' : [...notes].find((n) => n.startsWith(db)) ?? 'no PostgreSQL reachable (set TEST_DATABASE_URL or run .ci/postgres.sh)';
    out.push({ metric: `Server ingest, ${db === 'pglite' ? 'PGlite' : 'PostgreSQL'}`, budget, samples, unit: '/s', judgedOn: 'median', note });
  }
  return out;
}

async function syncGroup(): Promise<Measurement[]> {
  const mod = await importBench<typeof import('./sync.bench')>('sync.bench.ts');
  if (!mod) return [];
  const rows = await mod.runSyncBench();
  return rows.map((r) => ({
    metric: `Sync 500 queued profiles to the local server (${r.scenario.replace(/^sync queue, /, '')})`,
    budget: { kind: 'max' as const, value: 30, unit: 's' },
    samples: [r.seconds],
    unit: 's',
    note: `bench/sync.bench.ts: src/sync engine in Node, fake-indexeddb outbox, real server on PGlite; ${r.profilesPerSecond}/s`,
  }));
}

/** Adapters for benchmarks other engineers own: they are called as they are, never rewritten. */
async function pdfGroup(iterations: number, browser: Browser | undefined, app: BenchApp): Promise<Measurement[]> {
  const { measurePdf } = await import('./lib/pdfAdapter');
  return measurePdf(iterations, browser, app, BENCH_DIR);
}

async function lighthouseGroup(app: BenchApp): Promise<Measurement[]> {
  const { measureLighthouse } = await import('./lib/lighthouseAdapter');
  return measureLighthouse(app, BENCH_DIR);
}

/** Benchmarks this runner does not know yet: run as they are, their output goes under the table. */
function otherBenches(log: (line: string) => void): string[] {
  const out: string[] = [];
  for (const file of readdirSync(BENCH_DIR).filter((f) => f.endsWith('.bench.ts') && !KNOWN_FILES.has(f)).sort()) {
    log(`other: ${file}…`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(BENCH_DIR, file)], { encoding: 'utf8', timeout: 10 * 60_000 });
    out.push(`### ${file}\n\n\`\`\`\n${(r.stdout + r.stderr).trim().slice(-4000)}\n\`\`\``);
  }
  return out;
}

export async function runBench(options: BenchOptions = {}): Promise<BenchReport> {
  const iterations = options.iterations ?? 5;
  const log = options.log ?? (() => undefined);
  const wanted = (g: Group) => !options.only || options.only.includes(g);
  const machine = describeMachine();
  const started = Date.now();
  const measurements: Measurement[] = [];
  const appendix: string[] = [];
  const render = (complete: boolean) => {
    const rows = measurements.map(toRow);
    const summary = summaryLine(rows);
    const notes = rows.filter((r) => r.note).map((r) => `- **${r.metric.trim()}**: ${r.note}`);
    const markdown = [
      '# Benchmark results',
      '',
      `Run ${new Date().toISOString()} by \`npm run bench\` (${iterations} iterations, ${((Date.now() - started) / 1000).toFixed(0)} s)${complete ? '' : ' — INCOMPLETE, still running or interrupted'}. Budgets: issue 10; see docs/performance.md.`,
      '',
      describeMachineMarkdown(machine),
      'Browser figures: production build served by server/app.ts, Chromium headless with CPU throttling 4x (CDP). Node figures are not throttled.',
      '',
      markdownTable(rows),
      '',
      `**${summary}**`,
      '',
      '## Notes',
      '',
      ...notes,
      ...(appendix.length ? ['', '## Other benchmarks', '', ...appendix] : []),
      '',
    ].join('\n');
    // Written after every group too, so that an interrupted run still leaves what it measured.
    if (options.output !== false) {
      const file = options.output ?? RESULTS_FILE;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, markdown);
    }
    return { rows, summary, markdown };
  };

  log('building the production app…');
  const buildDir = options.buildDir ?? (await buildProduction());
  const app = await startBenchApp(buildDir, { ownsBuild: !options.buildDir });
  log(`serving ${buildDir} at ${app.url}`);
  let browser: Browser | undefined;
  try {
    const browserGroups = BROWSER_GROUPS.filter(wanted);
    const needsBrowser = browserGroups.length > 0 || wanted('pdf') || wanted('lighthouse');
    if (needsBrowser && hasChromium()) browser = await launchChromium();
    if (browserGroups.length) {
      if (browser) measurements.push(...(await runBrowserBench(browser, { url: app.url, buildDir, iterations, only: browserGroups }, log)));
      else measurements.push({ metric: 'Browser measurements', samples: [], unit: '', note: 'Chromium not found at /usr/bin/chromium' });
      render(false);
    }
    const nodeGroups: [Group, () => Promise<Measurement[]>][] = [
      ['precache', () => precacheGroup(app)],
      ['pdf', () => pdfGroup(iterations, browser, app)],
      ['lighthouse', () => lighthouseGroup(app)],
      ['search', () => searchGroup(iterations)],
      ['ingest', () => ingestGroup(iterations)],
      ['sync', () => syncGroup()],
    ];
    for (const [group, run] of nodeGroups) {
      if (!wanted(group)) continue;
      const t0 = Date.now();
      log(`${group}…`);
      try {
        measurements.push(...(await run()));
      } catch (error) {
        measurements.push({ metric: `${group} benchmark`, samples: [], unit: '', note: `failed: ${errorText(error)}` });
      }
      log(`${group} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      render(false);
    }
    if (!options.only) appendix.push(...otherBenches(log));
  } finally {
    await browser?.close();
    await app.close();
  }

  const { rows, summary, markdown } = render(true);
  return { machine, rows, measurements, markdown, summary };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { iterations: { type: 'string' }, only: { type: 'string' }, output: { type: 'string' }, 'build-dir': { type: 'string' } } });
  const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean) as Group[] | undefined;
  const unknown = only?.filter((g) => !ALL_GROUPS.includes(g));
  if (unknown?.length) {
    console.error(`unknown group(s): ${unknown.join(', ')}; known: ${ALL_GROUPS.join(', ')}`);
    process.exit(2);
  }
  const report = await runBench({
    iterations: values.iterations ? Number(values.iterations) : undefined,
    ...(only ? { only } : {}),
    ...(values.output ? { output: values.output } : {}),
    ...(values['build-dir'] ? { buildDir: resolve(values['build-dir']) } : {}),
    log: (line) => console.error(`[bench] ${line}`),
  });
  const m = report.machine;
  console.log(`\n${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; Node ${m.node}; ${m.chromium}; load ${m.loadAverage}; reference workload ${m.referenceMs} ms\n`);
  console.log(textTable(report.rows));
  console.log(`\n${report.summary} Written to ${values.output ?? RESULTS_FILE}.`);
  // The bench is a report: lines over budget do not fail the process. Open handles (PGlite, pools) must not keep it alive.
  process.exit(0);
}

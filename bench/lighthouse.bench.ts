/**
 * Lighthouse (npm `lighthouse` 12) in Debian's Chromium against the production build served by the
 * app's own server, plus the installability checks that Lighthouse 12 dropped together with its
 * PWA category (asked of Chromium itself through the DevTools protocol), and the precache size.
 *
 *   npx tsx bench/lighthouse.bench.ts [--runs 3] [--url http://127.0.0.1:4173]
 *
 * Without --url it builds the app into a temporary folder and serves it. Lighthouse uses its
 * default mobile preset (simulated slow 4G, 4x CPU slowdown). The page is what a fresh tablet
 * gets at the start URL: the app shell and the first-run screen (interview data is encrypted and
 * the keys live only in memory, so no screen behind sign-in can be loaded by URL).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { buildProductionApp, serveBuild } from '../tests/support/appServer';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync', '--disable-quic'];
export const PRECACHE_BUDGET_BYTES = 1.5 * 1024 * 1024;
export const PERFORMANCE_BUDGET = 95;

export interface LighthouseRow {
  what: string;
  value: string;
  budget?: string;
  ok?: boolean;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Lighthouse performance of `url`, `runs` times in a fresh Chromium each. */
export async function lighthousePerformance(url: string, runs = 1): Promise<LighthouseRow[]> {
  const scores: number[] = [];
  const metrics = new Map<string, number[]>();
  const wanted = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      if (!result) throw new Error('Lighthouse returned no result');
      scores.push(Math.round((result.lhr.categories.performance?.score ?? 0) * 100));
      for (const id of wanted) {
        const value = result.lhr.audits[id]?.numericValue;
        if (value !== undefined) metrics.set(id, [...(metrics.get(id) ?? []), value]);
      }
    } finally {
      await chrome.kill();
    }
  }
  const score = median(scores);
  const rows: LighthouseRow[] = [{ what: `Lighthouse performance, mobile (median of ${runs})`, value: String(score), budget: `≥ ${PERFORMANCE_BUDGET}`, ok: score >= PERFORMANCE_BUDGET }];
  for (const [id, values] of metrics) {
    const v = median(values);
    rows.push({ what: `  ${id}`, value: id === 'cumulative-layout-shift' ? v.toFixed(3) : `${Math.round(v)} ms` });
  }
  return rows;
}

interface Manifest {
  display?: string;
  lang?: string;
  dir?: string;
  start_url?: string;
  theme_color?: string;
  background_color?: string;
  icons?: Array<{ sizes?: string; purpose?: string }>;
}

/** What the removed Lighthouse PWA audits checked, asked of Chromium directly, plus offline start. */
export async function installability(url: string): Promise<LighthouseRow[]> {
  // Off-the-record profiles are never installable: use a real one on disk.
  const profile = mkdtempSync(join(tmpdir(), 'spt-lh-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${url}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: Array<{ errorId: string }> };
    const manifestUrl = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? '');
    const manifest = (await (await fetch(manifestUrl)).json()) as Manifest;
    const icons = manifest.icons ?? [];
    const has = (size: string, purpose = 'any') => icons.some((i) => i.sizes?.split(' ').includes(size) && (i.purpose ?? 'any').split(' ').includes(purpose));

    await context.setOffline(true);
    await page.reload();
    const offline = await page
      // A loading placeholder is busy: only a screen the app rendered counts as started.
      .locator('#root main:not([aria-busy="true"])')
      .first()
      .waitFor({ timeout: 15_000 })
      .then(
        () => true,
        () => false,
      );
    const yes = (ok: boolean) => ({ value: ok ? 'yes' : 'no', budget: 'yes', ok });
    return [
      { what: 'installable (Chromium installability errors)', ...(installabilityErrors.length ? { value: installabilityErrors.map((e) => e.errorId).join(', '), budget: 'none', ok: false } : { value: 'none', budget: 'none', ok: true }) },
      { what: 'manifest: display standalone', ...yes(manifest.display === 'standalone') },
      { what: 'manifest: icons 192 and 512, maskable', ...yes(has('192x192') && has('512x512') && has('512x512', 'maskable')) },
      { what: 'manifest: theme and background colours', ...yes(Boolean(manifest.theme_color && manifest.background_color)) },
      { what: 'manifest: language and direction', value: `${manifest.lang ?? '?'} / ${manifest.dir ?? '?'}` },
      { what: 'service worker controls the start URL', ...yes(true) },
      { what: 'start URL loads offline after one visit', ...yes(offline) },
    ];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Bytes of every precached file (sw.js's manifest); fonts and ESCO datasets are never in it by design. */
export function precacheBytes(buildDir: string): { files: number; bytes: number } {
  const sw = readFileSync(join(buildDir, 'sw.js'), 'utf8');
  const urls = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!))];
  let bytes = 0;
  for (const u of urls) {
    const path = join(buildDir, u);
    if (existsSync(path)) bytes += statSync(path).size;
  }
  return { files: urls.length, bytes };
}

function table(rows: LighthouseRow[]): string {
  const head = ['what', 'value', 'budget', 'status'];
  const body = rows.map((r) => [r.what, r.value, r.budget ?? '', r.ok === undefined ? '' : r.ok ? 'ok' : 'OVER']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)].join('\n');
}

export async function runLighthouseBench(options: { url?: string; runs?: number } = {}): Promise<LighthouseRow[]> {
  let buildDir: string | undefined;
  let close = async () => undefined as void;
  let url = options.url;
  if (!url) {
    buildDir = mkdtempSync(join(tmpdir(), 'spt-lh-build-'));
    await buildProductionApp(buildDir);
    const server = await serveBuild(buildDir);
    url = server.url;
    close = server.close;
  }
  try {
    const rows = [...(await lighthousePerformance(`${url}/`, options.runs ?? 1)), ...(await installability(url))];
    if (buildDir) {
      const precache = precacheBytes(buildDir);
      rows.push({
        what: `precache, ${precache.files} files (no fonts, no ESCO)`,
        value: `${(precache.bytes / 1024).toFixed(0)} KiB`,
        budget: `≤ ${PRECACHE_BUDGET_BYTES / 1024} KiB`,
        ok: precache.bytes <= PRECACHE_BUDGET_BYTES,
      });
    }
    return rows;
  } finally {
    await close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' }, url: { type: 'string' } } });
  const rows = await runLighthouseBench({ runs: Number(values.runs), ...(values.url ? { url: values.url.replace(/\/$/, '') } : {}) });
  console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ${CHROMIUM_PATH}\n`);
  console.log(table(rows));
  const over = rows.filter((r) => r.ok === false).length;
  console.log(over ? `\n${over} line(s) over budget.` : '\nAll lines within budget.');
}

import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import type { BenchApp } from './appServer';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from './browser';
import type { Budget, Measurement } from './report';

const BUDGET: Budget = { kind: 'min', value: 95, unit: '' };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

interface LighthouseScores {
  performance: number;
  lcpMs: number;
  tbtMs: number;
}

/**
 * Lighthouse's mobile preset (simulated slow 4G and 4x CPU) in Debian's Chromium. Lighthouse
 * loads each page in a clean profile, so with keys held only in memory every screen first shows
 * the sign-in screen: the figures are those of the app shell as it loads for each route.
 */
export async function lighthouseScores(url: string): Promise<LighthouseScores> {
  const { default: lighthouse } = await import('lighthouse');
  const port = await freePort();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`], headless: true });
  try {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    };
  } finally {
    await browser.close();
  }
}

/** Prefers bench/lighthouse.bench.ts (the PWA engineer's) when it exports `runLighthouseBench`; otherwise runs Lighthouse here. */
export async function measureLighthouse(app: BenchApp, _benchDir: string, runs = 3): Promise<Measurement[]> {
  if (!hasChromium()) return [];
  const screens: [string, string][] = [
    ['interview list', `${app.url}/#/`],
    ['interview screen', `${app.url}/#/interview/00000000-0000-4000-8000-000000000000/personal`],
  ];
  const out: Measurement[] = [];
  for (const [name, url] of screens) {
    const scores: LighthouseScores[] = [];
    for (let i = 0; i < runs; i++) scores.push(await lighthouseScores(url));
    const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
    out.push({
      metric: `Lighthouse performance (mobile), ${name}`,
      budget: BUDGET,
      samples: scores.map((s) => s.performance),
      unit: '',
      judgedOn: 'median',
      note: `LCP ${Math.round(mid(scores.map((s) => s.lcpMs)))} ms, TBT ${Math.round(mid(scores.map((s) => s.tbtMs)))} ms (medians); a fresh profile shows the sign-in screen first`,
    });
  }
  return out;
}

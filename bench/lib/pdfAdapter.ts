import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { BenchApp } from './appServer';
import { freshContext, LIST_READY, signIn, throttle } from './browser';
import { arabicTigrinyaProfile } from './pdfProfile';
import type { Budget, Measurement } from './report';

const BUDGET: Budget = { kind: 'max', value: 2000, unit: 'ms' };

/**
 * In the page, at 4x: the export button on the list, click "download" → the download starts. The
 * first click comes right after the panel opened, so it waits for the PDF being prepared.
 */
async function browserPdf(browser: Browser, app: BenchApp, root: string, iterations: number): Promise<{ warm: number[]; cold: number }> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await signIn(page);
    const doc = arabicTigrinyaProfile(root);
    await page.locator(`${LIST_READY} input[type="file"]`).first().setInputFiles({ name: 'ar-ti.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
    const row = page.locator('.interview-row').first();
    await row.waitFor();
    await row.locator('.pdf-export > button').first().click();
    const download = row.locator('.pdf-export-actions button:not(.secondary)');
    await download.waitFor();
    const checkbox = row.locator('.pdf-export-panel input[type="checkbox"]');
    if ((await checkbox.count()) && !(await checkbox.isChecked())) await checkbox.check();
    await throttle(page);
    const once = async () => {
      await page.locator('.pdf-export-actions button:not(.secondary):not([disabled])').first().waitFor();
      const t0 = Date.now();
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), download.click()]);
      const ms = Date.now() - t0;
      await file.delete().catch(() => undefined);
      return ms;
    };
    const cold = await once();
    const warm: number[] = [];
    for (let i = 0; i < Math.max(2, iterations); i++) warm.push(await once());
    return { warm, cold };
  } finally {
    await context.close();
  }
}

export async function measurePdf(iterations: number, browser: Browser | undefined, app: BenchApp, benchDir: string): Promise<Measurement[]> {
  const root = join(benchDir, '..');
  const out: Measurement[] = [];
  let browserOk = false;
  if (browser) {
    try {
      const { warm, cold } = await browserPdf(browser, app, root, iterations);
      browserOk = true;
      out.push(
        {
          metric: 'PDF, bilingual it+ar CPI copy with Arabic and Tigrinya text, 4x (browser)',
          budget: BUDGET,
          samples: warm,
          unit: 'ms',
          judgedOn: 'median',
          note: 'click → download; the click re-reads the interview and takes the PDF prepared in the worker while the panel was open only if data and options still match',
        },
        {
          metric: '  first PDF of the session (click right after the panel opened: waits for the worker to load engine, fonts and render)',
          samples: [cold],
          unit: 'ms',
          note: 'page at 4x; Chromium cannot CPU-throttle workers over CDP ("only supported for pages"), so the render in the worker ran at 1x',
        },
      );
    } catch (error) {
      out.push({ metric: 'PDF, bilingual Arabic + Tigrinya, 4x (browser)', budget: BUDGET, samples: [], unit: 'ms', note: `failed: ${error instanceof Error ? error.message.split('\n')[0] : error}` });
    }
  }
  // bench/pdf.bench.ts (the PDF engineer's): the same renderer in Node, not throttled.
  const mod = (await import('../pdf.bench').catch(() => undefined)) as { runPdfBench?: () => Promise<Record<string, string | number>[]> } | undefined;
  if (mod?.runPdfBench) {
    for (const row of await mod.runPdfBench()) {
      const p50 = Number(row['p50 ms']);
      out.push({
        metric: `PDF, ${row.name} (Node, not throttled)`,
        ...(browserOk ? {} : { budget: BUDGET }),
        samples: [],
        summary: { median: p50, p95: Number(row['max ms']), runs: Number(row.runs) },
        unit: 'ms',
        judgedOn: 'median',
        note: `bench/pdf.bench.ts; first run ${row['first run ms (fonts load)']} ms; p95 column shows the max`,
      });
    }
  }
  return out;
}

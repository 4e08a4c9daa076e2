import { describe, expect, inject, it } from 'vitest';
import { runBench } from '../../bench/run';

/**
 * One cheap pass of `npm run bench` (the precache budget, against the build the browser tests
 * already made), so that a change that breaks the runner or its table shows up in `npm test`.
 * The full benchmark never runs here.
 */
describe('npm run bench (smoke)', () => {
  it('reports the precache size against its budget in one table', async () => {
    const report = await runBench({ iterations: 1, only: ['precache'], buildDir: inject('buildDir'), output: false });
    const row = report.rows.find((r) => r.metric.startsWith('Precached for offline use'));
    expect(row).toMatchObject({ budget: '≤ 1.5 MB', runs: 1 });
    expect(['pass', 'OVER']).toContain(row!.verdict);
    expect(report.markdown).toContain('| metric | budget | median | p95 | runs | pass/over |');
    expect(report.summary).toMatch(/of \d+ budgeted lines over budget/);
    expect(report.machine.cores).toBeGreaterThan(0);
  });
});

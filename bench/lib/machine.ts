import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem, availableParallelism } from 'node:os';
import { CHROMIUM_PATH } from './browser';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  chromium: string;
  loadAverage: string;
  /** Median ms of referenceWorkload() on one core: lower is faster. */
  referenceMs: number;
}

/**
 * A fixed single-core job (parse, stringify, sort and string work, like the app's own): hosts
 * called by the same name differ by a factor of 2–3, and every 4x-throttled figure scales with
 * them, so the report says how fast this one was.
 */
export function referenceWorkload(): number {
  const started = performance.now();
  const rows = Array.from({ length: 40_000 }, (_, i) => ({ id: `row-${(i * 7919) % 40_000}`, label: `Occupation ${i} ${'x'.repeat(i % 17)}`, n: (i * 104_729) % 1_000 }));
  const copy = JSON.parse(JSON.stringify(rows)) as typeof rows;
  copy.sort((a, b) => a.n - b.n || a.id.localeCompare(b.id));
  let words = 0;
  for (const r of copy) words += r.label.toLowerCase().split(' ').length;
  if (words === 0) throw new Error('unreachable: keeps the work from being optimised away');
  return performance.now() - started;
}

function referenceMs(): number {
  referenceWorkload();
  const runs = Array.from({ length: 5 }, referenceWorkload).sort((a, b) => a - b);
  return Math.round(runs[2]!);
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', timeout: 20_000 }).trim();
  } catch {
    return `not found at ${CHROMIUM_PATH}`;
  }
}

/** What the figures were measured on: a shared 2-core container reads very differently from a tablet. */
export function describeMachine(): MachineInfo {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion(),
    loadAverage: loadavg().map((n) => n.toFixed(2)).join(' '),
    referenceMs: referenceMs(),
  };
}

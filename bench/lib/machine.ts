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
  };
}

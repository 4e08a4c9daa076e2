import type { MachineInfo } from './machine';
import { median, p95, round } from './stats';

/** A budget from issue 10: `max` for costs (bytes, ms), `min` for scores and throughput. */
export interface Budget {
  kind: 'max' | 'min';
  value: number;
  unit: string;
}

export interface Measurement {
  metric: string;
  /** Absent for figures shown for context (e.g. a breakdown), which pass or fail nothing. */
  budget?: Budget;
  samples: number[];
  unit: string;
  /** Which of median/p95 the budget is held against (the issue says p95 for latencies). */
  judgedOn?: 'median' | 'p95';
  /** For benchmarks that report their own percentiles (e.g. per keystroke over one run): shown as given. */
  summary?: { median: number; p95: number; runs: number };
  note?: string;
}

const medianOf = (m: Measurement) => m.summary?.median ?? median(m.samples);
const p95Of = (m: Measurement) => m.summary?.p95 ?? p95(m.samples);

export type Verdict = 'pass' | 'OVER' | 'info' | 'not measured';

export interface ReportRow {
  metric: string;
  budget: string;
  median: string;
  p95: string;
  runs: number;
  verdict: Verdict;
  note: string;
}

function formatValue(n: number, unit: string): string {
  if (!Number.isFinite(n)) return '–';
  if (unit === 'bytes') return n >= 1024 * 1024 ? `${round(n / 2 ** 20, 2)} MB` : `${round(n / 1024, 1)} KB`;
  return `${round(n, n >= 100 ? 0 : 1)} ${unit}`.trim();
}

export function verdictOf(m: Measurement): Verdict {
  if (!m.samples.length && !m.summary) return 'not measured';
  if (!m.budget) return 'info';
  const value = m.judgedOn === 'median' ? medianOf(m) : p95Of(m);
  return (m.budget.kind === 'max' ? value <= m.budget.value : value >= m.budget.value) ? 'pass' : 'OVER';
}

export function toRow(m: Measurement): ReportRow {
  const budget = m.budget ? `${m.budget.kind === 'max' ? '≤' : '≥'} ${formatValue(m.budget.value, m.budget.unit)}` : '–';
  const judged = m.budget ? ` (judged on ${m.judgedOn ?? 'p95'})` : '';
  return {
    metric: m.metric,
    budget,
    median: formatValue(medianOf(m), m.unit),
    p95: formatValue(p95Of(m), m.unit),
    runs: m.summary?.runs ?? m.samples.length,
    verdict: verdictOf(m),
    note: [m.note, m.budget && (m.summary?.runs ?? m.samples.length) > 1 ? judged.trim() : ''].filter(Boolean).join('; '),
  };
}

const escape = (s: string) => s.replace(/\|/g, '\\|');

export function markdownTable(rows: ReportRow[]): string {
  const head = '| metric | budget | median | p95 | runs | pass/over | note |\n| --- | --- | --- | --- | --- | --- | --- |';
  return [head, ...rows.map((r) => `| ${escape(r.metric)} | ${r.budget} | ${r.median} | ${r.p95} | ${r.runs} | ${r.verdict} | ${escape(r.note)} |`)].join('\n');
}

/** A fixed-width table for the terminal: the same content as the markdown file. */
export function textTable(rows: ReportRow[]): string {
  const cols: (keyof ReportRow)[] = ['metric', 'budget', 'median', 'p95', 'runs', 'verdict'];
  const header: Record<string, string> = { metric: 'metric', budget: 'budget', median: 'median', p95: 'p95', runs: 'runs', verdict: 'pass/over' };
  const widths = cols.map((c) => Math.max(header[c]!.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(cols.map((c) => header[c]!)), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => String(r[c]))))].join('\n');
}

export function describeMachineMarkdown(m: MachineInfo): string {
  return `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB memory; Node ${m.node}; ${m.chromium}; load average at start ${m.loadAverage}; single-core reference workload ${m.referenceMs} ms (bench/lib/machine.ts; lower is faster: throttled figures scale with it).`;
}

export function summaryLine(rows: ReportRow[]): string {
  const over = rows.filter((r) => r.verdict === 'OVER').length;
  const pass = rows.filter((r) => r.verdict === 'pass').length;
  const missing = rows.filter((r) => r.verdict === 'not measured').length;
  return `${over} of ${over + pass} budgeted lines over budget${missing ? `, ${missing} not measured` : ''}.`;
}

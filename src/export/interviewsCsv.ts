import type { Interview } from '../domain/interview';

/**
 * A list of interviews as CSV for the organisation's records. Only the columns the operator
 * ticks are written; `personal` columns (the name) are off unless chosen.
 */
export const CSV_COLUMNS = ['id', 'status', 'createdAt', 'updatedAt', 'finishedAt', 'revision', 'progress', 'intervieweeLanguage', 'operatorLanguage', 'createdBy', 'displayName'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const PERSONAL_COLUMNS: ReadonlySet<CsvColumn> = new Set(['displayName']);
export const DEFAULT_COLUMNS: readonly CsvColumn[] = ['id', 'status', 'createdAt', 'finishedAt', 'progress', 'intervieweeLanguage'];

function cell(interview: Interview, column: CsvColumn): string {
  switch (column) {
    case 'progress':
      return `${interview.progress.answered}/${interview.progress.total}`;
    case 'revision':
      return String(interview.revision);
    default:
      return interview[column] ?? '';
  }
}

/** RFC 4180 quoting, and a leading apostrophe so that a spreadsheet never runs a cell as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function interviewsToCsv(interviews: readonly Interview[], columns: readonly CsvColumn[], header: (column: CsvColumn) => string): string {
  const ordered = CSV_COLUMNS.filter((c) => columns.includes(c));
  const lines = [ordered.map((c) => csvField(header(c))), ...interviews.map((i) => ordered.map((c) => csvField(cell(i, c))))];
  // BOM so that spreadsheet software reads UTF-8 names (Arabic, Ge'ez) correctly; CRLF per RFC 4180.
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

/**
 * PDFs prepared ahead of the click (issue 10: click → download ≤ 2 s while the renderer alone
 * needs more). A prepared PDF is only handed out for exactly the data and options it was made
 * from, so a download never shows a stale profile. Pure: no worker, no DOM, no store. Kept out of
 * src/pdf/ on purpose: chunks with src/pdf/ modules are left out of the precache (scripts/lib/pwaBuild.ts).
 */
import type { ProfileDocument } from '../../domain/profileDocument';
import type { PdfOptions } from '../../pdf/model';

/** The generation time printed on a prepared PDF is at most this old when it is downloaded. */
export const PREPARED_MAX_AGE_MS = 5 * 60_000;

export interface PdfKeyInput {
  doc: ProfileDocument;
  options: Omit<PdfOptions, 'generatedAt'>;
  operatorLanguage: string;
}

/**
 * Identity of a PDF's content. The whole interview and its answers are part of it, not only
 * `updatedAt`: answers are written one by one and an edit must never be hidden by a timestamp that
 * did not move. `exportedAt` is left out (it changes on every read and is not printed).
 */
export function pdfKey({ doc, options, operatorLanguage }: PdfKeyInput): string {
  const { interview, answers } = doc;
  const opts = Object.fromEntries(Object.entries(options).filter(([k]) => k !== 'generatedAt').sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify([operatorLanguage, opts, interview, answers]);
}

interface Entry {
  key: string;
  startedAt: number;
  result: Promise<Blob>;
}

/**
 * One prepared PDF per interview: preparing for other data or options replaces it, and a key that
 * no longer matches is never served. `now` is injectable for tests.
 */
export class PreparedPdfs {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The prepared (or in-flight) PDF for `key`, starting `render` when there is none that fits. */
  get(interviewId: string, key: string, render: () => Promise<Blob>): Promise<Blob> {
    const known = this.fresh(interviewId, key);
    if (known) return known.result;
    const entry: Entry = { key, startedAt: this.now(), result: render() };
    this.entries.set(interviewId, entry);
    // A failed preparation is forgotten so the next click tries again instead of repeating the error.
    entry.result.catch(() => {
      if (this.entries.get(interviewId) === entry) this.entries.delete(interviewId);
    });
    return entry.result;
  }

  /** Whether a PDF for `key` is prepared or being prepared (and still fresh). */
  has(interviewId: string, key: string): boolean {
    return this.fresh(interviewId, key) !== undefined;
  }

  discard(interviewId: string): void {
    this.entries.delete(interviewId);
  }

  private fresh(interviewId: string, key: string): Entry | undefined {
    const known = this.entries.get(interviewId);
    return known && known.key === key && this.now() - known.startedAt <= PREPARED_MAX_AGE_MS ? known : undefined;
  }
}

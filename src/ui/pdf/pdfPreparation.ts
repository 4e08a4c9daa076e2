/**
 * Which PDF a click downloads. The PDF is prepared in the worker as soon as the export panel shows
 * its options, so the click usually finds it ready; the click still reads the interview from the
 * store again and only takes the prepared PDF when data, options and operator language are the
 * same (src/pdf/preparedPdf.ts), else waits for a fresh one. Keeps the component free of this logic.
 */
import type { i18n as I18n } from 'i18next';
import type { ProfileDocument } from '../../domain/profileDocument';
// Types only: anything else from src/pdf/ is loaded through engine(), so this module stays precached.
import type { PdfCopy, PdfOptions } from '../../pdf/model';
import { pdfKey, PreparedPdfs } from './preparedPdf';
import type { InterviewStore } from '../../storage/interviewStore';

export interface PdfChoice {
  copy: PdfCopy;
  bilingual: boolean;
  organisation?: string;
  operator?: string;
}

const prepared = new PreparedPdfs();
const engine = () => import('../../pdf/browser');

/** The options a choice means for this document (the bilingual copy needs a person language other than Italian). */
export function pdfOptionsFor(doc: ProfileDocument, choice: PdfChoice): Omit<PdfOptions, 'generatedAt'> {
  const person = doc.interview.intervieweeLanguage;
  return {
    copy: choice.copy,
    ...(choice.copy === 'cpi' && choice.bilingual && person && person !== 'it' ? { secondLang: person } : {}),
    ...(choice.organisation !== undefined ? { organisation: choice.organisation } : {}),
    ...(choice.operator !== undefined ? { operator: choice.operator } : {}),
  };
}

function pdfFor(doc: ProfileDocument, choice: PdfChoice, i18n: I18n): Promise<Blob> {
  const options = pdfOptionsFor(doc, choice);
  const key = pdfKey({ doc, options, operatorLanguage: i18n.language });
  return prepared.get(doc.interview.id, key, async () => (await engine()).createProfilePdf(doc, i18n, { ...options, generatedAt: new Date() }));
}

/** Loads the worker, the PDF engine and its base font while the operator looks at the list. */
let warmed = false;
export function warmPdf(): void {
  if (warmed) return;
  warmed = true;
  void engine().then(
    (m) => m.warmPdfEngine(),
    () => (warmed = false),
  );
}

/** Reads the interview as stored now and starts its PDF in the background; a failure is left for the click to report. */
export async function preparePdf(store: InterviewStore, interviewId: string, choice: PdfChoice, i18n: I18n): Promise<ProfileDocument> {
  const doc = await store.readDocument(interviewId);
  pdfFor(doc, choice, i18n).catch(() => undefined);
  return doc;
}

/** The click: an audited export of the stored interview, then the prepared PDF if it still matches, else a new one. */
export async function downloadablePdf(store: InterviewStore, interviewId: string, choice: PdfChoice, i18n: I18n): Promise<{ blob: Blob; fileName: string }> {
  const doc = await store.exportDocument(interviewId);
  // The worker skips a queued render once a newer one for the interview arrives (options changed after the click): render the clicked one again.
  const { pdfFileName, isSuperseded } = await engine();
  const blob = await pdfFor(doc, choice, i18n).catch((e: unknown) => (isSuperseded(e) ? pdfFor(doc, choice, i18n) : Promise.reject(e)));
  return { blob, fileName: pdfFileName(doc, choice.copy) };
}

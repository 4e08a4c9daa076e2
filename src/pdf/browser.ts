/**
 * The profile PDF in the browser. Rendered in a dedicated worker (src/pdf/pdf.worker.ts), so
 * preparing a PDF never blocks typing; @react-pdf and the fonts stay out of the main bundle and are
 * cached by the PWA for offline use. Every browser the app targets (Chromium 80+, Safari 15+) runs
 * module workers, so there is no second copy of the engine for the page.
 */
import type { i18n as I18n } from 'i18next';
import type { ProfileDocument } from '../domain/profileDocument';
import { ensureLanguage } from '../i18n';
import { SOURCE_LANGUAGE } from '../i18n/languages';
import type { PdfOptions } from './model';
import { SUPERSEDED, type PdfResources } from './pdfWorkerProtocol';
import { callPdfWorker, canUseWorker } from './pdfWorkerClient';

const fontBase = () => new URL(import.meta.env.BASE_URL, window.location.href).href;

/** Labels in these languages, plus English as the fallback. */
export function pdfLanguages(doc: ProfileDocument, options: Pick<PdfOptions, 'lang' | 'copy' | 'secondLang'>): string[] {
  return [...new Set([options.lang ?? (options.copy === 'cpi' ? 'it' : doc.interview.intervieweeLanguage), options.secondLang, SOURCE_LANGUAGE].filter((l): l is string => !!l))];
}

/** Starts loading the PDF engine and its base font in the worker; harmless to call often. */
let warming: Promise<unknown> | undefined;
export function warmPdfEngine(): void {
  if (!canUseWorker() || warming) return;
  warming = callPdfWorker({ kind: 'warm', fontBase: fontBase() }).catch(() => (warming = undefined));
}

export async function createProfilePdf(doc: ProfileDocument, i18n: I18n, options: PdfOptions): Promise<Blob> {
  const languages = pdfLanguages(doc, options);
  await Promise.all(languages.map((l) => ensureLanguage(i18n, l)));
  const resources: PdfResources = {};
  for (const lang of languages) {
    resources[lang] = {};
    for (const ns of Object.keys(i18n.store.data[lang] ?? {})) resources[lang][ns] = i18n.getResourceBundle(lang, ns) as Record<string, unknown>;
  }
  const blob = await callPdfWorker({ kind: 'render', fontBase: fontBase(), doc, options, resources, fallbackLanguage: SOURCE_LANGUAGE });
  if (!blob) throw new Error('PDF worker returned nothing');
  return blob;
}

/** A render the worker skipped because a newer one for the same interview came after it. */
export const isSuperseded = (e: unknown): boolean => e instanceof Error && e.message === SUPERSEDED;

export function pdfFileName(doc: ProfileDocument, copy: PdfOptions['copy']): string {
  const date = (doc.interview.finishedAt ?? doc.interview.updatedAt).slice(0, 10);
  return `profilo-${copy}-${date}-${doc.interview.id.slice(0, 8)}.pdf`;
}

/**
 * The profile PDF in the browser. Imported only through `import()` when the operator exports,
 * so @react-pdf and the fonts stay out of the main bundle; the PWA caches both for offline use.
 */
import type { i18n as I18n } from 'i18next';
import type { ProfileDocument } from '../domain/profileDocument';
import { ensureLanguage } from '../i18n';
import { availableNamespaces } from '../i18n/resources';
import { SOURCE_LANGUAGE } from '../i18n/languages';
import { SPT_QUESTIONNAIRE } from '../questionnaire/questionnaire';
import { PDF_FONT_FILES, PDF_FONTS_PATH, type PdfFontFile } from './fonts';
import type { PdfOptions } from './model';
import { renderProfilePdf } from './render';

const fontUrl = (f: PdfFontFile) => new URL(`${import.meta.env.BASE_URL}${PDF_FONTS_PATH}${f.file}`, window.location.href).href;

export async function createProfilePdf(doc: ProfileDocument, i18n: I18n, options: PdfOptions): Promise<Blob> {
  const languages = [options.lang ?? (options.copy === 'cpi' ? 'it' : doc.interview.intervieweeLanguage), options.secondLang, SOURCE_LANGUAGE].filter((l): l is string => !!l);
  await Promise.all(languages.map((l) => ensureLanguage(i18n, l)));
  return renderProfilePdf({
    doc,
    questionnaire: SPT_QUESTIONNAIRE,
    texts: {
      t: (lang, key, opts) => i18n.getFixedT(lang)(key, opts),
      hasLanguage: (lang) => availableNamespaces(lang).includes('pdf'),
    },
    options,
    fontSrc: fontUrl,
    loadSampleFont: async () => new Uint8Array(await (await fetch(fontUrl(PDF_FONT_FILES[0]!))).arrayBuffer()),
  });
}

export function pdfFileName(doc: ProfileDocument, copy: PdfOptions['copy']): string {
  const date = (doc.interview.finishedAt ?? doc.interview.updatedAt).slice(0, 10);
  return `profilo-${copy}-${date}-${doc.interview.id.slice(0, 8)}.pdf`;
}

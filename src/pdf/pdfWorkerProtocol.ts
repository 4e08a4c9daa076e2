import type { ProfileDocument } from '../domain/profileDocument';
import type { PdfOptions } from './model';

/** Translations the PDF needs, by language then namespace: the page sends what it has loaded, so the worker loads no locale files itself. */
export type PdfResources = Record<string, Record<string, Record<string, unknown>>>;

export type PdfWorkerRequest =
  | { kind: 'warm'; id: number; fontBase: string }
  | { kind: 'render'; id: number; fontBase: string; doc: ProfileDocument; options: PdfOptions; resources: PdfResources; fallbackLanguage: string };

export type PdfWorkerResponse = { id: number; ok: true; blob?: Blob } | { id: number; ok: false; message: string };

/** Error message of a render the worker skipped because a newer one for the same interview was asked for. */
export const SUPERSEDED = 'superseded';

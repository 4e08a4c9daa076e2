/// <reference lib="webworker" />
/**
 * Renders the profile PDF off the main thread: @react-pdf's layout, pagination and compression
 * take seconds on a tablet, and the operator keeps typing meanwhile. Fonts are fetched by URL from
 * here (through the page's service worker, so offline too); no DOM is used.
 */
import i18next from 'i18next';
import { SPT_QUESTIONNAIRE } from '../questionnaire/questionnaire';
import { PDF_FONT_FILES, PDF_FONTS_PATH, type PdfFontFile } from './fonts';
import { SUPERSEDED, type PdfWorkerRequest, type PdfWorkerResponse } from './pdfWorkerProtocol';
import { renderProfilePdf } from './render';

declare const self: DedicatedWorkerGlobalScope;

const fontUrl = (fontBase: string) => (f: PdfFontFile) => new URL(`${PDF_FONTS_PATH}${f.file}`, fontBase).href;

let sampleFont: Promise<Uint8Array> | undefined;
const loadSampleFont = (fontBase: string) =>
  (sampleFont ??= fetch(fontUrl(fontBase)(PDF_FONT_FILES[0]!)).then(async (r) => {
    if (!r.ok) throw new Error(`font ${r.status}`);
    return new Uint8Array(await r.arrayBuffer());
  })).catch((e: unknown) => {
    sampleFont = undefined;
    throw e;
  });

async function handle(req: PdfWorkerRequest): Promise<Blob | undefined> {
  if (req.kind === 'warm') {
    await loadSampleFont(req.fontBase);
    return undefined;
  }
  const i18n = i18next.createInstance();
  await i18n.init({ resources: req.resources, fallbackLng: req.fallbackLanguage, interpolation: { escapeValue: false }, initAsync: false });
  return renderProfilePdf({
    doc: req.doc,
    questionnaire: SPT_QUESTIONNAIRE,
    texts: {
      t: (lang, key, opts) => i18n.getFixedT(lang)(key, opts),
      hasLanguage: (lang) => !!req.resources[lang]?.pdf,
    },
    options: req.options,
    fontSrc: fontUrl(req.fontBase),
    loadSampleFont: () => loadSampleFont(req.fontBase),
  });
}

// One request at a time: a later one waits, so two renders never share @react-pdf's global font state mid-layout.
let queue: Promise<unknown> = Promise.resolve();
/** The last render asked for each interview: the page only ever waits for that one (src/pdf/preparedPdf.ts keeps one per interview). */
const latest = new Map<string, number>();
self.onmessage = (event: MessageEvent<PdfWorkerRequest>) => {
  const req = event.data;
  if (req.kind === 'render') latest.set(req.doc.interview.id, req.id);
  queue = queue.then(async () => {
    let reply: PdfWorkerResponse;
    try {
      // Options toggled twice while a render ran: skip the PDFs nobody will download.
      if (req.kind === 'render' && latest.get(req.doc.interview.id) !== req.id) throw new Error(SUPERSEDED);
      const blob = await handle(req);
      reply = blob ? { id: req.id, ok: true, blob } : { id: req.id, ok: true };
    } catch (e) {
      reply = { id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) };
    }
    self.postMessage(reply);
  });
};

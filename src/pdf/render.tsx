import { Font, pdf } from '@react-pdf/renderer';
import type { ProfileDocument } from '../domain/profileDocument';
import type { Questionnaire } from '../questionnaire/types';
import { PDF_FONT_FILES, type PdfFontFamily, type PdfFontFile } from './fonts';
import { buildPdfModel, type PdfModel, type PdfOptions, type PdfTexts } from './model';
import { ProfilePdf } from './ProfilePdf';
import { installSearchableGlyphs, searchableGlyphsInstalled } from './searchableGlyphs';
import { installShapingCache } from './shapingCache';
import { installPdfkitFontCache } from './pdfkitFontCache';

/** The script fonts a document needs besides Noto Sans, from the characters it contains. */
export function neededFamilies(model: PdfModel): Set<PdfFontFamily> {
  const families = new Set<PdfFontFamily>(['NotoSans']);
  const scriptRanges = PDF_FONT_FILES.filter((f) => f.family !== 'NotoSans' && f.weight === 400).map((f) => ({
    family: f.family,
    // The first ranges of every script font are the shared punctuation; only its own blocks count.
    ranges: f.ranges.filter(([from]) => from >= 0x370 && !(from >= 0x2000 && from <= 0x25ff)),
  }));
  for (const { text } of model.texts) {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x370) continue;
      // The first font covering a script wins; later ones with the same blocks are only fallbacks.
      const match = scriptRanges.find(({ ranges }) => ranges.some(([a, b]) => cp >= a && cp <= b));
      if (match) families.add(match.family);
    }
  }
  return families;
}

let hyphenationSet = false;
const registered = new Set<PdfFontFamily>();

/** Registers the fonts once per family; `srcOf` gives a file path (Node) or URL (browser). */
export function registerPdfFonts(families: ReadonlySet<PdfFontFamily>, srcOf: (file: PdfFontFile) => string): void {
  if (!hyphenationSet) {
    // The default hyphenator is English-only and splits Arabic and Ge'ez words; break at spaces only.
    Font.registerHyphenationCallback((word) => [word]);
    hyphenationSet = true;
  }
  for (const family of families) {
    // Registering again would drop the parsed font and fetch it anew; once per family keeps later exports offline-safe and fast.
    if (registered.has(family)) continue;
    registered.add(family);
    Font.register({ family, fonts: PDF_FONT_FILES.filter((f) => f.family === family).map((f) => ({ src: srcOf(f), fontWeight: f.weight })) });
  }
}

export interface RenderInput {
  doc: ProfileDocument;
  questionnaire: Questionnaire;
  texts: PdfTexts;
  options: PdfOptions;
  fontSrc: (file: PdfFontFile) => string;
  /** Bytes of one of the fonts, loaded once (see installSearchableGlyphs). */
  loadSampleFont: () => Promise<Uint8Array>;
}

export async function renderProfilePdf({ doc, questionnaire, texts, options, fontSrc, loadSampleFont }: RenderInput): Promise<Blob> {
  const model = buildPdfModel(doc, questionnaire, texts, options);
  const families = neededFamilies(model);
  registerPdfFonts(families, fontSrc);
  if (!searchableGlyphsInstalled()) {
    const sample = await loadSampleFont();
    installSearchableGlyphs(sample);
    installShapingCache(sample);
    installPdfkitFontCache();
  }
  return pdf(<ProfilePdf model={model} families={families} />).toBlob();
}

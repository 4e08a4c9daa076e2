/**
 * The fonts of the profile PDF. @react-pdf/renderer needs TTF (WOFF/WOFF2 misplace Arabic dots),
 * so the TTFs of the @expo-google-fonts Noto packages are subset per script at build time
 * (scripts/pdf-fonts.ts) into public/fonts/pdf/, served with the app and cached for offline use.
 */
export type PdfFontFamily = 'NotoSans' | 'IBMPlexSansArabic' | 'NotoSansArabic' | 'NotoSansEthiopic' | 'NotoSansBengali' | 'NotoSansGurmukhi';

export interface PdfFontFile {
  family: PdfFontFamily;
  weight: 400 | 700;
  /** File name under the fonts folder (public/fonts/pdf/). */
  file: string;
  /** Source TTF inside node_modules. */
  source: string;
  /** Unicode ranges kept by the subsetter (inclusive code point pairs). */
  ranges: readonly (readonly [number, number])[];
}

export const PDF_FONTS_PATH = 'fonts/pdf/';

// Shared by every script font so that digits, spaces and punctuation inside a run stay in one font.
const COMMON: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xbf],
  [0xd7, 0xd7],
  [0x200b, 0x206f],
  [0x25cc, 0x25cc],
];

const SCRIPT_RANGES: Record<PdfFontFamily, readonly (readonly [number, number])[]> = {
  // Latin with its extensions (Vietnamese, African Latin), Greek, Cyrillic and common symbols.
  NotoSans: [[0x00, 0x36f], [0x370, 0x3ff], [0x400, 0x52f], [0x1c80, 0x1c8f], [0x1e00, 0x1eff], [0x2000, 0x20cf], [0x2100, 0x215f], [0x2190, 0x21ff], [0x2212, 0x2212], [0x2c60, 0x2c7f], [0xa720, 0xa7ff], [0xfb00, 0xfb06], [0xfeff, 0xfeff], [0xfffd, 0xfffd]],
  /*
   * Arabic, Farsi, Pashto, Sorani, Urdu. IBM Plex Sans Arabic draws every letter as one glyph;
   * Noto Sans Arabic builds dotted letters from a skeleton plus dot glyphs, which @react-pdf/textkit 7
   * mis-slices at the start of a line or run (the first letter disappears). Noto stays as the
   * fallback for the few characters Plex lacks.
   */
  IBMPlexSansArabic: [...COMMON, [0x600, 0x6ff], [0x750, 0x77f], [0x870, 0x8ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]],
  NotoSansArabic: [...COMMON, [0x600, 0x6ff], [0x750, 0x77f], [0x870, 0x8ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]],
  NotoSansEthiopic: [...COMMON, [0x1200, 0x139f], [0x2d80, 0x2ddf], [0xab00, 0xab2f], [0x1e7e0, 0x1e7ff]],
  NotoSansBengali: [...COMMON, [0x980, 0x9ff]],
  NotoSansGurmukhi: [...COMMON, [0xa00, 0xa7f]],
};

const PACKAGES: Record<PdfFontFamily, string> = {
  NotoSans: 'noto-sans',
  IBMPlexSansArabic: 'ibm-plex-sans-arabic',
  NotoSansArabic: 'noto-sans-arabic',
  NotoSansEthiopic: 'noto-sans-ethiopic',
  NotoSansBengali: 'noto-sans-bengali',
  NotoSansGurmukhi: 'noto-sans-gurmukhi',
};

export const PDF_FONT_FILES: readonly PdfFontFile[] = (Object.keys(PACKAGES) as PdfFontFamily[]).flatMap((family) =>
  ([400, 700] as const).map((weight) => {
    const style = weight === 400 ? '400Regular' : '700Bold';
    return {
      family,
      weight,
      file: `${family}-${weight}.ttf`,
      source: `@expo-google-fonts/${PACKAGES[family]}/${style}/${family}_${style}.ttf`,
      ranges: SCRIPT_RANGES[family],
    };
  }),
);

const ARABIC_SCRIPT = new Set(['ar', 'fa', 'prs', 'ps', 'ckb', 'ku', 'ur', 'sd', 'ug', 'ks']);
const ETHIOPIC_SCRIPT = new Set(['ti', 'am', 'tig', 'byn', 'gez']);
const BENGALI_SCRIPT = new Set(['bn', 'as']);
const GURMUKHI_SCRIPT = new Set(['pa']);

/**
 * Font fallback chain for text in a language: the script's own font first (so spaces and
 * punctuation join the same run and shape together), then the others glyph by glyph.
 */
export function fontFamiliesFor(language: string): PdfFontFamily[] {
  const [primary = '', ...rest] = language.split('-');
  const script = rest.find((s) => s.length === 4)?.toLowerCase();
  let first: PdfFontFamily = 'NotoSans';
  if (script === 'arab' || (!script && ARABIC_SCRIPT.has(primary))) first = 'IBMPlexSansArabic';
  else if (script === 'ethi' || (!script && ETHIOPIC_SCRIPT.has(primary))) first = 'NotoSansEthiopic';
  else if (script === 'beng' || (!script && BENGALI_SCRIPT.has(primary))) first = 'NotoSansBengali';
  else if (script === 'guru' || (!script && GURMUKHI_SCRIPT.has(primary))) first = 'NotoSansGurmukhi';
  const all: PdfFontFamily[] = ['NotoSans', 'IBMPlexSansArabic', 'NotoSansArabic', 'NotoSansEthiopic', 'NotoSansBengali', 'NotoSansGurmukhi'];
  return [first, ...all.filter((f) => f !== first)];
}

export function codePointsOf(ranges: PdfFontFile['ranges']): string {
  let text = '';
  for (const [from, to] of ranges) for (let cp = from; cp <= to; cp++) text += String.fromCodePoint(cp);
  return text;
}

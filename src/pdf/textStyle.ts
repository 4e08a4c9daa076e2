import type { Style } from '@react-pdf/types';
import { dirOf } from '../i18n/languages';
import { fontFamiliesFor, type PdfFontFamily } from './fonts';

const styles = new WeakMap<ReadonlySet<PdfFontFamily>, Map<string, Style>>();

/**
 * Font chain, direction and alignment of a text, all from its language, never from its characters:
 * react-pdf detects none of them, and a Latin-script answer given in Arabic still sits right to left.
 */
export function textStyle(ctx: { families: ReadonlySet<PdfFontFamily> }, lang: string): Style {
  // One style object per document and language: hundreds of texts share a handful of languages.
  let byLang = styles.get(ctx.families);
  if (!byLang) styles.set(ctx.families, (byLang = new Map()));
  let style = byLang.get(lang);
  if (!style) {
    const dir = dirOf(lang);
    style = {
      fontFamily: fontFamiliesFor(lang).filter((f) => ctx.families.has(f)),
      direction: dir,
      textAlign: dir === 'rtl' ? 'right' : 'left',
    };
    byLang.set(lang, style);
  }
  return style;
}

import type { Style } from '@react-pdf/types';
import { dirOf } from '../i18n/languages';
import { fontFamiliesFor, type PdfFontFamily } from './fonts';

/**
 * Font chain, direction and alignment of a text, all from its language, never from its characters:
 * react-pdf detects none of them, and a Latin-script answer given in Arabic still sits right to left.
 */
export function textStyle(ctx: { families: ReadonlySet<PdfFontFamily> }, lang: string): Style {
  const dir = dirOf(lang);
  return {
    fontFamily: fontFamiliesFor(lang).filter((f) => ctx.families.has(f)),
    direction: dir,
    textAlign: dir === 'rtl' ? 'right' : 'left',
  };
}

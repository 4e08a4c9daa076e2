/**
 * react-pdf hands pdfkit the fontkit font object for every run of text it draws
 * (`ctx.font(font, size)`). pdfkit only caches fonts named by a string, so for each run it builds a
 * new embedded font (a fresh subset, metrics) and then compares it with the one of the same name by
 * JSON-serialising both fonts' name tables, before keeping the first. Thousands of runs per PDF made
 * that a tenth of the drawing time. Here the embedded font is remembered per document and fontkit
 * font, which is the font pdfkit would have picked anyway.
 */
import PDFDocument from 'pdfkit';

interface FontState {
  _font: unknown;
  _fontSource: unknown;
  _fontFamily: unknown;
  fontSize(size: number): unknown;
}
type FontMethod = (this: FontState, src: unknown, family?: unknown, size?: number) => FontState;

const isFontkitFont = (src: unknown): src is object => typeof src === 'object' && src !== null && typeof (src as { layout?: unknown }).layout === 'function';

let installed = false;

export function installPdfkitFontCache(): void {
  if (installed) return;
  const proto = (PDFDocument as unknown as { prototype: { font: FontMethod } }).prototype;
  const font = proto.font;
  const embedded = new WeakMap<FontState, Map<object, unknown>>();
  proto.font = function (this: FontState, src, family, size) {
    if (!isFontkitFont(src)) return font.call(this, src, family, size);
    if (typeof family === 'number') {
      size = family;
      family = null;
    }
    let fonts = embedded.get(this);
    if (!fonts) embedded.set(this, (fonts = new Map()));
    const known = fonts.get(src);
    if (!known) {
      font.call(this, src, family, size);
      fonts.set(src, this._font);
      return this;
    }
    this._fontSource = src;
    this._fontFamily = family;
    if (size != null) this.fontSize(size);
    this._font = known;
    return this;
  };
  installed = true;
}

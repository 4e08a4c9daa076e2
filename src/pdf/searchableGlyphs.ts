/**
 * Makes the PDF's text extract as typed. Noto Sans Arabic draws a dotted letter as a dotless
 * skeleton plus dot glyphs, so one skeleton glyph stands for several letters (ب ت ث ن ي share one).
 * A PDF maps each glyph id to one Unicode string, and pdfkit keeps the first it sees: "البيانات"
 * would copy as "النتانات". Here every (glyph, characters) pair gets its own glyph id in the
 * embedded subset (the outline is simply stored twice) and dots map to nothing.
 *
 * Installed through react-pdf's `ctx.glyphs` rendering hook (see @react-pdf/render renderGlyphs);
 * the text drawing below mirrors its default implementation. fontkit caches one glyph object per
 * glyph id with the characters of its first use, so glyphs shaped for other characters get their own copy.
 */
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';

interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface EmbeddedFont {
  id: string;
  scale: number;
  font: { unitsPerEm?: number };
  subset?: { glyphs: number[]; mapping: Record<number, number>; includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
  encode?: unknown;
  /** Our (glyph, characters) → subset glyph id table. */
  searchable?: Map<string, number>;
}
interface Ctx {
  _font: EmbeddedFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  save(): Ctx;
  restore(): Ctx;
  transform(...m: number[]): Ctx;
  addContent(s: string): Ctx;
}

const number = (n: number) => Math.round(n * 1e6) / 1e6;

function encode(font: EmbeddedFont, glyphs: readonly Glyph[]): string[] {
  const subset = font.subset;
  if (!subset) return glyphs.map((g) => `00${g.id.toString(16)}`.slice(-2));
  font.searchable ??= new Map();
  return glyphs.map((glyph) => {
    const key = `${glyph.id}:${glyph.codePoints.join(',')}`;
    let gid = font.searchable!.get(key);
    if (gid === undefined) {
      if (subset.mapping[glyph.id] === undefined) gid = subset.includeGlyph(glyph.id);
      else {
        // Same outline, other characters: a second subset entry that keeps `mapping` pointing at the first.
        subset.glyphs.push(glyph.id);
        gid = subset.glyphs.length - 1;
      }
      font.searchable!.set(key, gid);
      font.widths[gid] = glyph.advanceWidth * font.scale;
      font.unicode[gid] = glyph.codePoints;
    }
    return `0000${gid.toString(16)}`.slice(-4);
  });
}

/** A copy that keeps the glyph class (its metrics are prototype getters) with other characters. */
const withCharacters = (glyph: Glyph, codePoints: number[]): Glyph =>
  Object.assign(Object.create(Object.getPrototypeOf(glyph) as object) as Glyph, glyph, { codePoints });

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/**
 * A right-to-left ligature (lam-alef) maps to several characters, and poppler reverses them with the
 * line ("لأ" copies as "أل"). Each such glyph is split for extraction only: the ligature keeps its
 * last character and blank zero-width glyphs carry the others, in drawing order.
 */
function splitRtlLigatures(font: EmbeddedFont, glyphs: readonly Glyph[], positions: readonly Position[]): [Glyph[], Position[]] {
  const fk = font.font as { glyphForCodePoint?: (cp: number) => Glyph | null };
  // A blank outline with zero width in the PDF: ZWJ where the font has one, else its space glyph
  // (each split entry is its own subset glyph, so its width can be 0 without touching real spaces).
  const zwj = fk.glyphForCodePoint?.(0x200d);
  const joiner = zwj && zwj.id !== 0 ? zwj : fk.glyphForCodePoint?.(0x20);
  if (!joiner || joiner.id === 0) return [[...glyphs], [...positions]];
  const outGlyphs: Glyph[] = [];
  const outPositions: Position[] = [];
  glyphs.forEach((glyph, i) => {
    const chars = glyph.codePoints;
    if (chars.length < 2 || !RTL_LETTER.test(String.fromCodePoint(...chars))) {
      outGlyphs.push(glyph);
      outPositions.push(positions[i]!);
      return;
    }
    outGlyphs.push(withCharacters(glyph, [chars.at(-1)!]));
    outPositions.push(positions[i]!);
    for (let c = chars.length - 2; c >= 0; c--) {
      outGlyphs.push({ id: joiner.id, advanceWidth: 0, codePoints: [chars[c]!] });
      outPositions.push({ xAdvance: 0, yAdvance: 0, xOffset: 0, yOffset: 0 });
    }
  });
  return [outGlyphs, outPositions];
}

function drawGlyphs(this: Ctx, shapedGlyphs: readonly Glyph[], shapedPositions: readonly Position[], x: number, y: number): Ctx {
  const [glyphs, positions] = splitRtlLigatures(this._font, shapedGlyphs, shapedPositions);
  const fontSize = this._fontSize;
  const scale = 1000 / fontSize;
  const advanceWidthScale = 1000 / (this._font.font.unitsPerEm || 1000);
  const encoded = encode(this._font, glyphs);
  const pos = positions.map((p, i) => ({
    xAdvance: p.xAdvance * scale,
    xOffset: p.xOffset,
    yOffset: p.yOffset,
    advanceWidth: glyphs[i]!.advanceWidth * advanceWidthScale,
  }));
  const commands: string[] = [];
  const unit = fontSize / 1000;
  let last = 0;
  let hadOffset = false;
  this.save();
  this.transform(1, 0, 0, -1, 0, this.page.height);
  y = this.page.height - y;
  if (this.page.fonts[this._font.id] == null) this.page.fonts[this._font.id] = this._font.ref();
  this.addContent('BT');
  this.addContent(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
  this.addContent(`/${this._font.id} ${number(fontSize)} Tf`);
  const addSegment = (cur: number) => {
    if (last < cur) {
      const p = pos[cur - 1]!;
      commands.push(`<${encoded.slice(last, cur).join('')}> ${number(-(p.xAdvance - p.advanceWidth))}`);
    }
    last = cur;
  };
  const flush = (cur: number) => {
    addSegment(cur);
    if (commands.length) {
      this.addContent(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < pos.length; i++) {
    const p = pos[i]!;
    if (p.xOffset || p.yOffset) {
      flush(i);
      this.addContent(`1 0 0 1 ${number(x + p.xOffset * unit)} ${number(y + p.yOffset * unit)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        this.addContent(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
        hadOffset = false;
      }
      if (p.xAdvance - p.advanceWidth !== 0) addSegment(i + 1);
    }
    x += p.xAdvance * unit;
  }
  flush(i);
  this.addContent('ET');
  return this.restore();
}

interface FontkitFont {
  getGlyph(id: number, characters?: number[]): Glyph | null;
}

const sameCharacters = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((c, i) => c === b[i]);

let installed = false;

export const searchableGlyphsInstalled = () => installed;

/** `sampleFont`: bytes of any TTF, to reach fontkit's font class (fontkit does not export it). */
export function installSearchableGlyphs(sampleFont: Uint8Array): void {
  if (installed) return;
  const proto = Object.getPrototypeOf(fontkit.create(sampleFont as Buffer)) as FontkitFont;
  const getGlyph = proto.getGlyph;
  proto.getGlyph = function (this: FontkitFont, id: number, characters: number[] = []) {
    const glyph = getGlyph.call(this, id, characters);
    if (!glyph || sameCharacters(glyph.codePoints, characters)) return glyph;
    return withCharacters(glyph, characters);
  };
  (PDFDocument as unknown as { prototype: { glyphs?: typeof drawGlyphs } }).prototype.glyphs = drawGlyphs;
  installed = true;
}

/**
 * Memoises fontkit's shaping (`font.layout`), the largest single cost of the profile PDF.
 * fontkit runs every GSUB/GPOS lookup in JavaScript, decoding the font's tables again on each
 * access: 40–200 µs per character for Noto Sans and IBM Plex Sans Arabic, several milliseconds per
 * label. @react-pdf/textkit shapes each run of text in one font as a whole string, and the same
 * strings come back: the footer on every page (laid out again for every page and pagination round),
 * field labels repeated in every work or study entry, and the labels of every later export.
 *
 * The key is the whole run with everything that changes the result (font object, features, script,
 * language, direction), so a hit returns exactly what fontkit would have. Each caller gets its own
 * arrays and positions: textkit and the justifier adjust positions in place.
 */
import * as fontkit from 'fontkit';

interface GlyphRunLike {
  glyphs: unknown[];
  positions: object[];
}
type Layout = (this: object, text: unknown, features?: unknown, script?: string, language?: string, direction?: string) => GlyphRunLike;

/** Per font; cleared when it grows past this, so a long session cannot hoard memory. */
const MAX_ENTRIES_PER_FONT = 4000;

const copyOf = <T extends object>(o: T): T => Object.assign(Object.create(Object.getPrototypeOf(o) as object) as T, o);

const copyRun = (run: GlyphRunLike): GlyphRunLike => Object.assign(copyOf(run), { glyphs: run.glyphs.slice(), positions: run.positions.map(copyOf) });

let installed = false;

/** `sampleFont`: bytes of any TTF, to reach fontkit's font class (fontkit does not export it). */
export function installShapingCache(sampleFont: Uint8Array): void {
  if (installed) return;
  const proto = Object.getPrototypeOf(fontkit.create(sampleFont as Buffer)) as { layout: Layout };
  const layout = proto.layout;
  const caches = new WeakMap<object, Map<string, GlyphRunLike>>();
  proto.layout = function (this: object, text, features, script, language, direction) {
    if (typeof text !== 'string') return layout.call(this, text, features, script, language, direction);
    let cache = caches.get(this);
    if (!cache) caches.set(this, (cache = new Map()));
    const key = `${direction ?? ''}\u0000${script ?? ''}\u0000${language ?? ''}\u0000${features === undefined ? '' : JSON.stringify(features)}\u0000${text}`;
    let run = cache.get(key);
    if (!run) {
      run = layout.call(this, text, features, script, language, direction);
      if (cache.size >= MAX_ENTRIES_PER_FONT) cache.clear();
      cache.set(key, run);
    }
    return copyRun(run);
  };
  installed = true;
}

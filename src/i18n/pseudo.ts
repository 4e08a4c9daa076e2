/**
 * Pseudo-locales for development only, generated from the source texts at run time (never
 * shipped as locale folders): `en-XA` accents and lengthens every message to reveal hard-coded
 * or clipped text; `ar-XB` shows the source right-to-left to reveal layout that ignores `dir`.
 */
export const PSEUDO_ACCENTED = 'en-XA';
export const PSEUDO_RTL = 'ar-XB';
export const PSEUDO_LANGUAGES = [PSEUDO_ACCENTED, PSEUDO_RTL] as const;

export const isPseudo = (code: string) => (PSEUDO_LANGUAGES as readonly string[]).includes(code);

const ACCENTS: Readonly<Record<string, string>> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Interpolations and nestings stay untouched so the pseudo text still works. */
const PLACEHOLDER = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

function accent(text: string): string {
  const out = text
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 ? part : [...part].map((ch) => ACCENTS[ch] ?? ch).join('')))
    .join('');
  // About 35% longer, as translations often are, to reveal clipping.
  const pad = '·'.repeat(Math.ceil(text.length * 0.35));
  return `[${out}${pad ? ` ${pad}` : ''}]`;
}

/** Right-to-left override: Latin letters are laid out right to left like Arabic script. */
const rtl = (text: string) => `\u202E${text}\u202C`;

const RTL_PLURALS = ['zero', 'two', 'few', 'many'];

export function pseudoLocalize(messages: Record<string, unknown>, code: string): Record<string, unknown> {
  const transform = code === PSEUDO_RTL ? rtl : accent;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(messages)) {
    const converted = typeof value === 'string' ? transform(value) : value && typeof value === 'object' ? pseudoLocalize(value as Record<string, unknown>, code) : value;
    out[key] = converted;
    // Arabic plural rules need more forms than English provides.
    const other = key.match(/^(.*)_other$/);
    if (other && code === PSEUDO_RTL) for (const form of RTL_PLURALS) out[`${other[1]}_${form}`] ??= converted;
  }
  return out;
}

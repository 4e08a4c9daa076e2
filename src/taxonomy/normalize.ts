/**
 * Search folding: case, Latin accents and ligatures, Arabic diacritics (harakat, hamza seats,
 * tatweel) and letter variants, so that "macon" finds "maçon" and "مهندس" finds "مُهَنْدِس".
 */
const MARKS = /\p{M}+/gu;
const TATWEEL = /\u0640/g;
const LETTERS: Record<string, string> = {
  ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th',
  // Arabic: alef maqsura, ta marbuta, Persian/Urdu forms of yeh and kaf
  ى: 'ي', ة: 'ه', ی: 'ي', ک: 'ك', ٱ: 'ا',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(MARKS, '')
    .replace(TATWEEL, '')
    .replace(LETTER_RE, (c) => LETTERS[c]!);
}

const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Folded words of a label or query; punctuation and slashes separate ("maçon/maçonne"). */
export function tokenize(text: string): string[] {
  return fold(text)
    .split(SEPARATORS)
    .filter((t) => t.length > 0);
}

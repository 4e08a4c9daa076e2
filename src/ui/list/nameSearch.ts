import type { Interview } from '../../domain/interview';

/** Rows drawn for a search at most: a search for one letter must not draw thousands of rows. */
export const SEARCH_ROWS_SHOWN = 50;

/**
 * A name as compared by the list's search: lower case, without accents, with runs of spaces as
 * one. "Ana-María  López" is found by "maria lopez"; letters of other scripts are kept as typed.
 */
export function searchForm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıłđøæœß]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Latin letters that keep their stroke or ligature through NFD: an Italian keyboard types them this way. */
const UNDECOMPOSED: Record<string, string> = { ı: 'i', ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss' };

/** Cyrillic as Ukrainian and Russian names are spelt in Latin letters (passports, residence permits). */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', ґ: 'g', д: 'd', е: 'e', ё: 'yo', є: 'ye', ж: 'zh', з: 'z', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', '’': '', ʼ: '',
};
/** The letters the two languages spell differently: Ukrainian Олена Гнатюк is Hnatiuk, Russian Горбунов is Gorbunov. */
const SPELLING = { uk: { г: 'h', и: 'y' }, ru: { г: 'g', и: 'i' } } as const;

function transliterate(lower: string, language: keyof typeof SPELLING): string {
  const own: Record<string, string> = SPELLING[language];
  return [...lower].map((c) => own[c] ?? CYRILLIC[c] ?? c).join('');
}

/**
 * Latin spellings of one Cyrillic name differ in y, i and j (Oleksiy, Oleksii; Hnatyuk, Hnatiuk;
 * Sergey, Sergei): compared with those letters as one, a passport's spelling and the usual one meet.
 */
const loose = (latin: string) => latin.replace(/[yj]/g, 'i');

interface NameForms {
  written: string;
  /** For a name in Cyrillic: its Ukrainian and Russian Latin spellings, loosened. */
  latin: string[];
}

/**
 * The forms a name is found by: as written, and for a name in Cyrillic also in Latin letters as
 * Ukrainian and as Russian spell it, since an Italian keyboard types "Olena", not "Олена".
 */
export function searchForms(text: string): NameForms {
  const written = searchForm(text);
  if (!/[\u0400-\u04ff]/.test(text)) return { written, latin: [] };
  const lower = text.normalize('NFC').toLowerCase();
  return { written, latin: (['uk', 'ru'] as const).map((language) => loose(searchForm(transliterate(lower, language)))) };
}

// Each interview's forms, worked out once per interview object (a query is typed key by key).
const forms = new WeakMap<Interview, NameForms>();
function formsOf(interview: Interview): NameForms {
  let found = forms.get(interview);
  if (!found) forms.set(interview, (found = searchForms(interview.displayName ?? '')));
  return found;
}

/** Interviews whose name or alias contains the query (in the order given: newest change first). */
export function interviewsNamed(interviews: readonly Interview[], query: string): Interview[] {
  const needle = searchForm(query);
  if (!needle) return [];
  const looseNeedle = loose(needle);
  return interviews.filter((interview) => {
    if (interview.displayName === undefined) return false;
    const { written, latin } = formsOf(interview);
    return written.includes(needle) || latin.some((form) => form.includes(looseNeedle));
  });
}

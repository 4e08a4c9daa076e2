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

// Each interview's name as searched, worked out once per interview object (a query is typed key by key).
const forms = new WeakMap<Interview, string>();
function formOf(interview: Interview): string {
  let form = forms.get(interview);
  if (form === undefined) forms.set(interview, (form = searchForm(interview.displayName ?? '')));
  return form;
}

/** Interviews whose name or alias contains the query (in the order given: newest change first). */
export function interviewsNamed(interviews: readonly Interview[], query: string): Interview[] {
  const needle = searchForm(query);
  if (!needle) return [];
  return interviews.filter((interview) => interview.displayName !== undefined && formOf(interview).includes(needle));
}

/**
 * Languages the interview can be held in. Direction comes from this table, never from the text.
 * `reviewed` is false until a human translator has checked the locale; the UI marks it as a draft.
 */
export interface LanguageInfo {
  code: string;
  /** Name in its own script. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  script: string;
  reviewed: boolean;
  /** Available as operator (interface) language. */
  operator?: boolean;
}

export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'it', nativeName: 'Italiano', dir: 'ltr', script: 'Latn', reviewed: true, operator: true },
  { code: 'en', nativeName: 'English', dir: 'ltr', script: 'Latn', reviewed: true, operator: true },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', script: 'Arab', reviewed: false },
];

export const SOURCE_LANGUAGE = 'en';
export const DEFAULT_OPERATOR_LANGUAGE = 'it';

const RTL = new Set(['ar', 'fa', 'ps', 'ckb', 'ur', 'he', 'yi', 'dv', 'sd', 'ug']);

export function languageInfo(code: string): LanguageInfo | undefined {
  return LANGUAGES.find((l) => l.code === code);
}

/** Direction of a language tag from its primary subtag, for any language (answers may be in any). */
export function dirOf(code: string): 'ltr' | 'rtl' {
  const info = languageInfo(code);
  if (info) return info.dir;
  return RTL.has(code.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

export const operatorLanguages = () => LANGUAGES.filter((l) => l.operator);

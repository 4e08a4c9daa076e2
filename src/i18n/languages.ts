/**
 * Languages the interview can be held in. Direction comes from this table, never from the text.
 * `reviewed` is false until a human translator has checked the locale; the UI marks it as a draft.
 */
export interface LanguageInfo {
  code: string;
  /** Name in its own script. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /** ISO 15924 script code: decides which bundled font is needed. */
  script: string;
  reviewed: boolean;
  /** Available as operator (interface) language. */
  operator?: boolean;
}

/** Every language we have metadata for; ordered as offered to the operator. */
export const KNOWN_LANGUAGES: readonly LanguageInfo[] = [
  { code: 'it', nativeName: 'Italiano', dir: 'ltr', script: 'Latn', reviewed: true, operator: true },
  { code: 'en', nativeName: 'English', dir: 'ltr', script: 'Latn', reviewed: true, operator: true },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', script: 'Arab', reviewed: false },
  { code: 'fa', nativeName: 'فارسی / دری', dir: 'rtl', script: 'Arab', reviewed: false },
  { code: 'ps', nativeName: 'پښتو', dir: 'rtl', script: 'Arab', reviewed: false },
  { code: 'ckb', nativeName: 'کوردیی ناوەندی', dir: 'rtl', script: 'Arab', reviewed: false },
  { code: 'ur', nativeName: 'اردو', dir: 'rtl', script: 'Arab', reviewed: false },
  { code: 'so', nativeName: 'Soomaali', dir: 'ltr', script: 'Latn', reviewed: false },
  { code: 'ti', nativeName: 'ትግርኛ', dir: 'ltr', script: 'Ethi', reviewed: false },
  { code: 'am', nativeName: 'አማርኛ', dir: 'ltr', script: 'Ethi', reviewed: false },
  { code: 'tr', nativeName: 'Türkçe', dir: 'ltr', script: 'Latn', reviewed: false },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr', script: 'Cyrl', reviewed: false },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr', script: 'Cyrl', reviewed: false },
  { code: 'bn', nativeName: 'বাংলা', dir: 'ltr', script: 'Beng', reviewed: false },
  { code: 'pa', nativeName: 'ਪੰਜਾਬੀ', dir: 'ltr', script: 'Guru', reviewed: false },
  { code: 'sq', nativeName: 'Shqip', dir: 'ltr', script: 'Latn', reviewed: false },
  { code: 'fr', nativeName: 'Français', dir: 'ltr', script: 'Latn', reviewed: false },
  { code: 'es', nativeName: 'Español', dir: 'ltr', script: 'Latn', reviewed: false },
];

/** Languages whose locale folder is complete; only these are offered. */
const SHIPPED = new Set(['it', 'en', 'ar', 'fa', 'ps', 'ckb', 'ur', 'so', 'ti', 'am', 'tr', 'uk', 'ru', 'bn', 'pa', 'sq', 'fr', 'es']);

export const LANGUAGES: readonly LanguageInfo[] = KNOWN_LANGUAGES.filter((l) => SHIPPED.has(l.code));
export const isShipped = (code: string) => SHIPPED.has(code);

export const SOURCE_LANGUAGE = 'en';
export const DEFAULT_OPERATOR_LANGUAGE = 'it';

const RTL = new Set(['ar', 'fa', 'ps', 'ckb', 'ur', 'he', 'yi', 'dv', 'sd', 'ug']);

export function languageInfo(code: string): LanguageInfo | undefined {
  return KNOWN_LANGUAGES.find((l) => l.code === code);
}

/** Direction of a language tag from its primary subtag, for any language (answers may be in any). */
export function dirOf(code: string): 'ltr' | 'rtl' {
  const info = languageInfo(code);
  if (info) return info.dir;
  return RTL.has(code.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/** Script of a language tag: from the table, else from CLDR likely subtags via Intl. */
export function scriptOf(code: string): string | undefined {
  const info = languageInfo(code);
  if (info) return info.script;
  try {
    return new Intl.Locale(code).maximize().script;
  } catch {
    return undefined;
  }
}

export const operatorLanguages = () => LANGUAGES.filter((l) => l.operator);

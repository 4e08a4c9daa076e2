import { LANGUAGES, type LanguageInfo } from './languages';
import { PSEUDO_ACCENTED, PSEUDO_RTL } from './pseudo';

/** Pseudo-locales are offered only in a development build. */
const PSEUDO: readonly LanguageInfo[] = [
  { code: PSEUDO_ACCENTED, nativeName: '[Ƥšéúðó Áççéñţéð]', dir: 'ltr', script: 'Latn', reviewed: false, operator: true },
  { code: PSEUDO_RTL, nativeName: '\u202EPseudo RTL\u202C', dir: 'rtl', script: 'Latn', reviewed: false, operator: true },
];

export function intervieweeLanguages(dev = import.meta.env.DEV): readonly LanguageInfo[] {
  return dev ? [...LANGUAGES, ...PSEUDO] : LANGUAGES;
}

export function selectableOperatorLanguages(dev = import.meta.env.DEV): readonly LanguageInfo[] {
  return intervieweeLanguages(dev).filter((l) => l.operator);
}

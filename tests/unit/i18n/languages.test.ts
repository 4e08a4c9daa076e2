import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_LANGUAGES, LANGUAGES, SOURCE_LANGUAGE, dirOf, operatorLanguages, scriptOf } from '../../../src/i18n/languages';
import { intervieweeLanguages } from '../../../src/i18n/selectable';
import { PSEUDO_LANGUAGES } from '../../../src/i18n/pseudo';

const LOCALES = resolve(__dirname, '../../../locales');
const folders = readdirSync(LOCALES).sort();
const namespacesOf = (lang: string) => readdirSync(`${LOCALES}/${lang}`).filter((f) => f.endsWith('.json')).sort();

/** Which characters belong to each script, to check that a native name is really written in it. */
const SCRIPT_LETTERS: Record<string, RegExp> = {
  Latn: /\p{Script=Latin}/u,
  Arab: /\p{Script=Arabic}/u,
  Ethi: /\p{Script=Ethiopic}/u,
  Cyrl: /\p{Script=Cyrillic}/u,
  Beng: /\p{Script=Bengali}/u,
  Guru: /\p{Script=Gurmukhi}/u,
};

describe('interview languages', () => {
  it('describes the 18 languages of the issue, right-to-left exactly for Arabic-script ones', () => {
    expect(KNOWN_LANGUAGES.map((l) => l.code).sort()).toEqual(['am', 'ar', 'bn', 'ckb', 'en', 'es', 'fa', 'fr', 'it', 'pa', 'ps', 'ru', 'so', 'sq', 'ti', 'tr', 'uk', 'ur']);
    expect(KNOWN_LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code).sort()).toEqual(['ar', 'ckb', 'fa', 'ps', 'ur']);
  });

  it.each(KNOWN_LANGUAGES.map((l) => [l.code, l] as const))('%s: direction and script agree with CLDR (Intl.Locale)', (code, info) => {
    const locale = new Intl.Locale(code) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
    const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
    if (direction) expect(info.dir).toBe(direction);
    expect(info.script).toBe(locale.maximize().script);
    expect(dirOf(code)).toBe(info.dir);
  });

  it.each(KNOWN_LANGUAGES.map((l) => [l.code, l] as const))('%s: the native name is written in the language’s own script', (_code, info) => {
    const letters = [...info.nativeName].filter((ch) => /\p{L}/u.test(ch));
    expect(letters.length).toBeGreaterThan(0);
    for (const ch of letters) expect(ch).toMatch(SCRIPT_LETTERS[info.script]!);
  });

  it('marks only Italian and English as reviewed and as operator languages', () => {
    expect(KNOWN_LANGUAGES.filter((l) => l.reviewed).map((l) => l.code)).toEqual(['it', 'en']);
    expect(operatorLanguages().map((l) => l.code)).toEqual(['it', 'en']);
  });

  it('derives direction and script for languages outside the table from the tag', () => {
    expect(dirOf('he')).toBe('rtl');
    expect(dirOf('ar-XB')).toBe('rtl');
    expect(dirOf('de-CH')).toBe('ltr');
    expect(scriptOf('sr-Cyrl')).toBe('Cyrl');
    expect(scriptOf('ka')).toBe('Geor');
  });
});

describe('locale folders', () => {
  const source = namespacesOf(SOURCE_LANGUAGE);

  it('offers exactly the languages that have a locale folder', () => {
    expect(LANGUAGES.map((l) => l.code).sort()).toEqual(folders);
  });

  it.each(LANGUAGES.map((l) => [l.code] as const))('%s has every namespace of the source language', (code) => {
    expect(namespacesOf(code)).toEqual(source);
  });

  it('never ships the development pseudo-locales as folders, nor offers them in a production build', () => {
    for (const code of PSEUDO_LANGUAGES) expect(folders).not.toContain(code);
    expect(intervieweeLanguages(false).map((l) => l.code)).toEqual(LANGUAGES.map((l) => l.code));
    expect(intervieweeLanguages(true).map((l) => l.code)).toEqual([...LANGUAGES.map((l) => l.code), ...PSEUDO_LANGUAGES]);
  });
});

import { describe, expect, it } from 'vitest';
import { countryName, countryOptions, languageName, languageOptions } from '../../../src/taxonomy/names';

describe('country and language names from CLDR (Intl.DisplayNames)', () => {
  it('names every ISO 3166 country in the requested language', () => {
    const it_ = countryOptions('it');
    expect(it_.length).toBeGreaterThanOrEqual(245);
    expect(it_.find((o) => o.code === 'DE')!.name).toBe('Germania');
    expect(countryName('EG', 'ar')).toBe('مصر');
    expect(countryName('NG', 'en')).toBe('Nigeria');
    expect(new Set(it_.map((o) => o.code)).size).toBe(it_.length);
  });

  it('sorts by the collation of the language, not by code', () => {
    for (const lang of ['it', 'en', 'ar']) {
      const names = countryOptions(lang).map((o) => o.name);
      const collator = new Intl.Collator(lang, { sensitivity: 'base' });
      expect(names).toEqual([...names].sort(collator.compare));
    }
    // "Åland" sorts with the A's in English, not after Z.
    const en = countryOptions('en').map((o) => o.code);
    expect(en.indexOf('AX')).toBeLessThan(en.indexOf('BE'));
  });

  it('names languages, including those without a two-letter code spoken by many newcomers', () => {
    expect(languageName('ti', 'it')).toBe('tigrino');
    expect(languageName('ur', 'en')).toBe('Urdu');
    expect(languageName('ar', 'ar')).toBe('العربية');
    const codes = languageOptions('en').map((o) => o.code);
    for (const code of ['ckb', 'prs', 'snk', 'wo', 'bm', 'ff', 'pcm']) expect(codes).toContain(code);
  });
});

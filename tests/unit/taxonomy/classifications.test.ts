import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CEFR_GRID_LEVELS, CEFR_SKILLS, cefrDescriptorKey, cefrLevelKey, cefrSkillKey, ESCO_ATTRIBUTION_KEY, ISCED_LEVELS, iscedKeys } from '../../../src/taxonomy/classifications';

const LOCALES = resolve(import.meta.dirname, '../../../locales');
const languages = readdirSync(LOCALES).filter((l) => {
  try {
    readFileSync(resolve(LOCALES, l, 'taxonomy.json'));
    return true;
  } catch {
    return false;
  }
});

/** `namespace:dotted.key` as i18next reads it from locales/<lang>/<namespace>.json. */
function lookup(lang: string, key: string): unknown {
  const [namespace, path] = key.split(':') as [string, string];
  const messages = JSON.parse(readFileSync(resolve(LOCALES, lang, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
  return path
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe('ISCED and CEFR texts', () => {
  it('exist in it, en and ar', () => {
    expect(languages).toEqual(expect.arrayContaining(['ar', 'en', 'it']));
  });

  it.each(languages)('%s: a name and a plain description for every ISCED 2011 level, 0 to 8', (lang) => {
    expect(ISCED_LEVELS).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const descriptions = ISCED_LEVELS.map((level) => lookup(lang, iscedKeys(level).description));
    for (const level of ISCED_LEVELS) expect(typeof lookup(lang, iscedKeys(level).name)).toBe('string');
    expect(new Set(descriptions).size).toBe(9);
  });

  it.each(languages)('%s: a self-assessment descriptor for each of the 5 skills at each of the 6 levels', (lang) => {
    const texts = CEFR_SKILLS.flatMap((skill) => CEFR_GRID_LEVELS.map((level) => lookup(lang, cefrDescriptorKey(skill, level))));
    expect(texts.every((t) => typeof t === 'string' && t.length > 20)).toBe(true);
    expect(new Set(texts).size).toBe(30);
    for (const skill of CEFR_SKILLS) expect(typeof lookup(lang, cefrSkillKey(skill))).toBe('string');
    for (const level of CEFR_GRID_LEVELS) expect(lookup(lang, cefrLevelKey(level))).toMatch(new RegExp(`^${level}`));
  });

  it('carries the ESCO attribution line', () => {
    expect(lookup('en', ESCO_ATTRIBUTION_KEY)).toBe('This service uses the ESCO classification of the European Commission.');
    expect(lookup('it', ESCO_ATTRIBUTION_KEY)).toMatch(/ESCO/);
    expect(lookup('ar', ESCO_ATTRIBUTION_KEY)).toMatch(/ESCO/);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPERATOR_LANGUAGE } from '../../../src/i18n/languages';
import { availableNamespaces, loadNamespace } from '../../../src/i18n/resources';

const LOCALES = join(__dirname, '../../../locales');

describe('locale resources', () => {
  it('lists and loads every namespace file of every language, whichever loader map holds it', async () => {
    for (const language of readdirSync(LOCALES)) {
      const files = readdirSync(join(LOCALES, language)).map((f) => f.replace(/\.json$/, ''));
      expect([...availableNamespaces(language)].sort(), language).toEqual(files.sort());
      for (const ns of files) expect(await loadNamespace(language, ns), `${language}/${ns}`).toEqual(JSON.parse(readFileSync(join(LOCALES, language, `${ns}.json`), 'utf8')));
    }
  });

  it('has nothing for a language that is not shipped', async () => {
    expect(availableNamespaces('xx')).toEqual([]);
    expect(await loadNamespace('xx', 'app')).toBeUndefined();
    expect(await loadNamespace('it', 'nonexistent')).toBeUndefined();
  });

  it('keeps in the first chunk the loaders of the default operator language, whose texts the first screen waits for', () => {
    // import.meta.glob takes a literal pattern: this ties it to the constant.
    const source = readFileSync(join(__dirname, '../../../src/i18n/resources.ts'), 'utf8');
    expect(source).toContain(`import.meta.glob<{ default: Record<string, unknown> }>('../../locales/${DEFAULT_OPERATOR_LANGUAGE}/{app,pwa,security,sync}.json')`);
  });
});

import { describe, expect, it } from 'vitest';
import { availableNamespaces, loadNamespace, parseMessages } from '../../../src/i18n/resources';

describe('locale files', () => {
  it('lists every namespace a language ships and loads its nested texts', async () => {
    expect(availableNamespaces('ar')).toEqual(expect.arrayContaining(['app', 'interview', 'pdf', 'pwa', 'security', 'sync', 'taxonomy']));
    const app = await loadNamespace('it', 'app');
    expect(app?.common).toMatchObject({ loading: 'Caricamento…' });
    expect(await loadNamespace('xx', 'app')).toBeUndefined();
  });

  it('refuses a damaged file, naming it and the bad keys, instead of handing i18next something else', () => {
    expect(parseMessages({ a: { b: 'text' }, c: 'text' }, 'locales/it/app.json')).toEqual({ a: { b: 'text' }, c: 'text' });
    expect(() => parseMessages({ list: { title: 3 } }, 'locales/it/app.json')).toThrow(/locales\/it\/app\.json is not a set of messages: list$/);
    expect(() => parseMessages(['not', 'an', 'object'], 'locales/ar/sync.json')).toThrow(/locales\/ar\/sync\.json/);
    expect(() => parseMessages(null, 'locales/ar/sync.json')).toThrow(/not a set of messages/);
  });
});

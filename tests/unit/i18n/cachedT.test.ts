import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { cachedFixedT } from '../../../src/i18n/cachedT';

async function instance() {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'it',
    fallbackLng: 'en',
    ns: ['app'],
    defaultNS: 'app',
    resources: {
      it: { app: { save: { saved: 'Salvato' }, items_one: '{{count}} voce', items_other: '{{count}} voci' } },
      en: { app: { save: { saved: 'Saved', saving: 'Saving…' } } },
    },
    interpolation: { escapeValue: false },
  });
  return i18n;
}

describe('cachedFixedT', () => {
  it('answers as i18next does, in its own language, with the fallback for missing keys', async () => {
    const i18n = await instance();
    const t = cachedFixedT(i18n, 'it');
    expect(t('save.saved')).toBe('Salvato');
    expect(t('save.saved')).toBe('Salvato');
    expect(t('save.saving')).toBe('Saving…');
    expect(cachedFixedT(i18n, 'en')('save.saved')).toBe('Saved');
  });

  it('answers plural lookups with their count', async () => {
    const t = cachedFixedT(await instance(), 'it');
    expect(t('items', { count: 1 })).toBe('1 voce');
    expect(t('items', { count: 3 })).toBe('3 voci');
  });

  it('shows a translation added after a first lookup, instead of the remembered fallback', async () => {
    const i18n = await instance();
    const t = cachedFixedT(i18n, 'it');
    expect(t('save.saving')).toBe('Saving…');
    i18n.addResourceBundle('it', 'app', { save: { saving: 'Salvataggio…' } }, true, true);
    expect(t('save.saving')).toBe('Salvataggio…');
  });
});

describe('cachedFixedT on first lookups', () => {
  it('reads a plain text as i18next gives it, from any namespace, and leaves nesting, placeholders and fallbacks to i18next', async () => {
    const i18n = await instance();
    i18n.addResourceBundle('it', 'interview', { title: 'Colloquio', nested: 'Vedi $t(app:save.saved)', greeting: 'Ciao {{name}}', empty: '' }, true, true);
    i18n.addResourceBundle('en', 'interview', { onlyEnglish: 'Only in English' }, true, true);
    const t = cachedFixedT(i18n, 'it');
    expect(t('interview:title')).toBe('Colloquio');
    expect(t('interview:nested')).toBe('Vedi Salvato');
    // Without a value for the placeholder, i18next's own answer, whatever it is.
    expect(t('interview:greeting')).toBe(i18n.getFixedT('it')('interview:greeting'));
    expect(t('interview:empty')).toBe('');
    expect(t('interview:onlyEnglish')).toBe('Only in English');
    expect(t('save')).toBe(i18n.getFixedT('it')('save'));
  });
});

describe('cachedFixedT per language', () => {
  it('hands back the same translator for a language, so switching back keeps what it looked up', async () => {
    const i18n = await instance();
    expect(cachedFixedT(i18n, 'it')).toBe(cachedFixedT(i18n, 'it'));
    expect(cachedFixedT(i18n, 'it')).not.toBe(cachedFixedT(i18n, 'en'));
  });
});

describe('cachedFixedT with options', () => {
  it('remembers interpolated and plural lookups per value, and still follows added translations', async () => {
    const i18n = await instance();
    i18n.addResourceBundle('it', 'app', { hello: 'Ciao {{name}}' }, true, true);
    const t = cachedFixedT(i18n, 'it');
    expect(t('hello', { name: 'Amina' })).toBe('Ciao Amina');
    expect(t('hello', { name: 'Yohannes' })).toBe('Ciao Yohannes');
    expect(t('hello', { name: 'Amina' })).toBe('Ciao Amina');
    expect(t('items', { count: 1 })).toBe('1 voce');
    expect(t('items', { count: 2 })).toBe('2 voci');
    i18n.addResourceBundle('it', 'app', { hello: 'Salve {{name}}' }, true, true);
    expect(t('hello', { name: 'Amina' })).toBe('Salve Amina');
  });
});

describe('cachedFixedT for a namespace', () => {
  it('looks up keys without a namespace in its own, keys with one where they say, and keeps apart from the default translator', async () => {
    const i18n = await instance();
    i18n.addResourceBundle('it', 'sync', { save: { saved: 'Inviato' }, state: { synced: 'Inviato il {{date}}' } }, true, true);
    const tSync = cachedFixedT(i18n, 'it', 'sync');
    expect(tSync('save.saved')).toBe('Inviato');
    expect(tSync('state.synced', { date: '2 mar' })).toBe('Inviato il 2 mar');
    expect(tSync('app:save.saved')).toBe('Salvato');
    expect(cachedFixedT(i18n, 'it')('save.saved')).toBe('Salvato');
    expect(cachedFixedT(i18n, 'it', 'sync')).toBe(tSync);
    expect(cachedFixedT(i18n, 'it', 'app')).not.toBe(tSync);
  });
});

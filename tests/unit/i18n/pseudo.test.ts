import { describe, expect, it } from 'vitest';
import { PSEUDO_ACCENTED, PSEUDO_RTL, pseudoLocalize } from '../../../src/i18n/pseudo';

const source = { list: { title_one: '{{count}} interview', title_other: '{{count}} interviews' }, greeting: 'Hello {{name}}' };

describe('pseudo-locales', () => {
  it('accents and lengthens every message but keeps placeholders working', () => {
    const out = pseudoLocalize(source, PSEUDO_ACCENTED) as { greeting: string; list: Record<string, string> };
    expect(out.greeting).toMatch(/^\[Ĥéļļó \{\{name\}\} ·+\]$/);
    expect(out.greeting.length).toBeGreaterThan(source.greeting.length * 1.3);
    expect(out.list.title_other).toContain('{{count}}');
  });

  it('turns text right-to-left and provides every Arabic plural form', () => {
    const out = pseudoLocalize(source, PSEUDO_RTL) as { greeting: string; list: Record<string, string> };
    expect(out.greeting).toBe('\u202EHello {{name}}\u202C');
    expect(Object.keys(out.list).sort()).toEqual(['title_few', 'title_many', 'title_one', 'title_other', 'title_two', 'title_zero']);
  });
});

describe('pseudo-locales in the running app (development build)', () => {
  it('are generated from the English texts when selected, with working plurals', async () => {
    const { createI18n, ensureLanguage } = await import('../../../src/i18n');
    const i18n = await createI18n('en');
    await ensureLanguage(i18n, PSEUDO_ACCENTED);
    await ensureLanguage(i18n, PSEUDO_RTL);
    expect(i18n.getFixedT(PSEUDO_ACCENTED)('app.title')).toMatch(/^\[Šķíļļš þŕóƒíļé ·+\]$/);
    expect(i18n.getFixedT(PSEUDO_ACCENTED)('interview:sections.consent.title')).toMatch(/^\[Çóñšéñţ/);
    const rtl = i18n.getFixedT(PSEUDO_RTL)('list.title', { count: 3 });
    expect(rtl).toBe('\u202E3 interviews on this device\u202C');
  });
});

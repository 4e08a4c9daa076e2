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

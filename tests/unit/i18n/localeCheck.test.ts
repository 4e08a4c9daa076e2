import { describe, expect, it } from 'vitest';
import { checkLocales, type Messages } from '../../../scripts/lib/localeCheck';

const en: Messages = { 'app.title': 'Skills profile', 'list.title_one': '{{count}} interview', 'list.title_other': '{{count}} interviews', 'save.error': 'Not saved: {{reason}}' };
const check = (lang: string, messages: Messages) =>
  checkLocales(new Map([['en', new Map([['app', en]])], [lang, new Map([['app', messages]])]]), 'en');

describe('locale check', () => {
  it('accepts a complete locale with the plural forms its language needs', () => {
    expect(check('uk', { 'app.title': 'Профіль', 'list.title_one': '{{count}} інтерв’ю', 'list.title_few': '{{count}} інтерв’ю', 'list.title_many': '{{count}} інтерв’ю', 'list.title_other': '{{count}} інтерв’ю', 'save.error': 'Не збережено: {{reason}}' })).toEqual([]);
  });

  it('fails on a missing key and on a key the source lacks', () => {
    expect(check('fr', { 'list.title_one': '{{count}} entretien', 'list.title_many': '{{count}} entretiens', 'list.title_other': '{{count}} entretiens', 'save.error': 'Non enregistré : {{reason}}', 'app.extra': 'x' })).toEqual([
      'fr/app: missing key app.title',
      'fr/app: key app.extra is not in en',
    ]);
  });

  it('fails on a malformed or renamed placeholder', () => {
    const problems = check('tr', { 'app.title': 'Profil', 'list.title_one': '{{count}} görüşme', 'list.title_other': '{{count}} görüşme', 'save.error': 'Kaydedilmedi: {{reason}' });
    expect(problems).toContain('tr/app: save.error lacks {{reason}}');
    expect(problems).toContain('tr/app: malformed placeholder in save.error');
  });

  it('fails on a missing plural form of the language (Russian needs few and many)', () => {
    expect(check('ru', { 'app.title': 'Профиль', 'list.title_one': '{{count}} интервью', 'list.title_other': '{{count}} интервью', 'save.error': 'Не сохранено: {{reason}}' })).toEqual([
      'ru/app: missing plural form list.title_few',
      'ru/app: missing plural form list.title_many',
    ]);
  });

  it('fails on a plural form without {{count}} and on HTML', () => {
    expect(check('es', { 'app.title': '<b>Perfil</b>', 'list.title_one': 'una entrevista', 'list.title_many': '{{count}} entrevistas', 'list.title_other': '{{count}} entrevistas', 'save.error': 'No guardado: {{reason}}' })).toEqual(
      expect.arrayContaining(['es/app: HTML in app.title', 'es/app: plural list.title_one lacks {{count}}']),
    );
  });
});

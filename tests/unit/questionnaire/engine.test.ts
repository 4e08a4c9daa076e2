import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../src/domain/answerValue';
import { displayNameOf } from '../../../src/questionnaire/answers';
import { missingForFinish, overallProgress, questionForPath, sectionProgress, visibleEntries } from '../../../src/questionnaire/engine';
import { SPT_QUESTIONNAIRE } from '../../../src/questionnaire/questionnaire';
import { DEFAULT_CONFIG } from '../../../src/questionnaire/types';

const personal = SPT_QUESTIONNAIRE.sections.find((s) => s.id === 'personal')!;
const answers = (entries: Record<string, AnswerValue>) => new Map(Object.entries(entries));

describe('questionnaire engine', () => {
  it('shows residence-permit details only when the person has a permit', () => {
    const ids = (a: Map<string, AnswerValue>) => visibleEntries(personal, DEFAULT_CONFIG, a).map((e) => e.id);
    expect(ids(answers({}))).not.toContain('personal.permitType');
    expect(ids(answers({ 'personal.hasPermit': { type: 'choice', value: 'no' } }))).not.toContain('personal.permitExpiry');
    expect(ids(answers({ 'personal.hasPermit': { type: 'choice', value: 'yes' } }))).toEqual(expect.arrayContaining(['personal.permitType', 'personal.permitNumber', 'personal.permitReason', 'personal.permitExpiry']));
  });

  it('counts answered questions per section, ignoring blank text', () => {
    const a = answers({ 'personal.firstName': { type: 'text', value: 'Amina' }, 'personal.lastName': { type: 'text', value: '   ' } });
    const p = sectionProgress(personal, DEFAULT_CONFIG, a);
    expect(p.answered).toBe(1);
    expect(p.total).toBe(13);
  });

  it('counts a repeatable group as answered once one item has an answer', () => {
    const work = SPT_QUESTIONNAIRE.sections.find((s) => s.id === 'work')!;
    expect(sectionProgress(work, DEFAULT_CONFIG, answers({ 'work.experience': { type: 'repeat', value: ['abcd1234'] } })).answered).toBe(0);
    expect(
      sectionProgress(work, DEFAULT_CONFIG, answers({ 'work.experience': { type: 'repeat', value: ['abcd1234'] }, 'work.experience@abcd1234.country': { type: 'choice', value: 'SD' } })).answered,
    ).toBe(1);
  });

  it('requires consent and a name or alias to finish, nothing else', () => {
    expect(missingForFinish(SPT_QUESTIONNAIRE, DEFAULT_CONFIG, answers({})).map((m) => m.id)).toEqual(['consent', 'name']);
    expect(missingForFinish(SPT_QUESTIONNAIRE, DEFAULT_CONFIG, answers({ 'consent.given': { type: 'choice', value: 'no' }, 'personal.alias': { type: 'text', value: 'A.' } })).map((m) => m.id)).toEqual(['consent']);
    expect(missingForFinish(SPT_QUESTIONNAIRE, DEFAULT_CONFIG, answers({ 'consent.given': { type: 'choice', value: 'yes' }, 'personal.alias': { type: 'text', value: 'A.' } }))).toEqual([]);
  });

  it('never blocks finishing on a section the organisation hides', () => {
    const config = { hiddenSections: ['personal'], hiddenQuestions: [] };
    expect(missingForFinish(SPT_QUESTIONNAIRE, config, answers({ 'consent.given': { type: 'choice', value: 'yes' } }))).toEqual([]);
    expect(overallProgress(SPT_QUESTIONNAIRE, config, answers({})).total).toBeLessThan(overallProgress(SPT_QUESTIONNAIRE, DEFAULT_CONFIG, answers({})).total);
  });

  it('resolves answer paths, including items of repeatable groups', () => {
    expect(questionForPath(SPT_QUESTIONNAIRE, 'personal.firstName')).toMatchObject({ input: 'shortText' });
    expect(questionForPath(SPT_QUESTIONNAIRE, 'work.experience')).toEqual({ kind: 'group', id: 'work.experience' });
    expect(questionForPath(SPT_QUESTIONNAIRE, 'work.experience@abcd1234.occupation')).toMatchObject({ input: 'occupation' });
    expect(questionForPath(SPT_QUESTIONNAIRE, 'work.experience@abcd1234.nope')).toBeUndefined();
    expect(questionForPath(SPT_QUESTIONNAIRE, 'personal.shoeSize')).toBeUndefined();
  });

  it('names an interview by alias first, then by first and last name', () => {
    expect(displayNameOf(answers({ 'personal.firstName': { type: 'text', value: 'Amina' }, 'personal.lastName': { type: 'text', value: 'Idris' } }))).toBe('Amina Idris');
    expect(displayNameOf(answers({ 'personal.firstName': { type: 'text', value: 'Amina' }, 'personal.alias': { type: 'text', value: 'Mina' } }))).toBe('Mina');
    expect(displayNameOf(answers({}))).toBeUndefined();
  });
});

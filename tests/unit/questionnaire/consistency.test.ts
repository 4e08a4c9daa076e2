import { describe, expect, it } from 'vitest';
import { SPT_QUESTIONNAIRE, FINISH_REQUIREMENTS } from '../../../src/questionnaire/questionnaire';
import { findEntry, questionnaireKeys } from '../../../src/questionnaire/engine';
import type { Condition, Entry } from '../../../src/questionnaire/types';
import { readLocales } from '../../../scripts/lib/localeCheck';

const conditionRefs = (c: Condition): string[] => ('all' in c ? c.all.flatMap(conditionRefs) : 'any' in c ? c.any.flatMap(conditionRefs) : [c.question]);
const entries = SPT_QUESTIONNAIRE.sections.flatMap((s) => s.entries);
const allIds = entries.flatMap((e: Entry) => (e.kind === 'group' ? [e.id, ...e.questions.map((q) => `${e.id}.${q.id}`)] : [e.id]));

describe('questionnaire definition', () => {
  it('follows the EU Skills Profile Tool order, consent first and the adviser last', () => {
    expect(SPT_QUESTIONNAIRE.sections.map((s) => s.id)).toEqual([
      'consent', 'personal', 'expectations', 'languages', 'education', 'literacy', 'work', 'digital', 'driving', 'otherSkills', 'adviser',
    ]);
  });

  it('has unique question ids, each prefixed by its section', () => {
    expect(new Set(allIds).size).toBe(allIds.length);
    for (const section of SPT_QUESTIONNAIRE.sections) for (const e of section.entries) expect(e.id.startsWith(`${section.id}.`)).toBe(true);
  });

  it('only has conditions that reference existing choice questions', () => {
    for (const e of entries) {
      if (!e.condition) continue;
      for (const ref of conditionRefs(e.condition)) {
        const target = findEntry(SPT_QUESTIONNAIRE, ref);
        expect(target, `${e.id} → ${ref}`).toBeDefined();
        expect(target?.question?.options?.length, `${ref} has options`).toBeGreaterThan(0);
      }
    }
  });

  it('finish requirements point at real questions', () => {
    for (const r of FINISH_REQUIREMENTS) {
      expect(findEntry(SPT_QUESTIONNAIRE, r.questionId)?.section.id).toBe(r.sectionId);
      for (const ref of conditionRefs(r.check)) expect(findEntry(SPT_QUESTIONNAIRE, ref)).toBeDefined();
    }
  });

  it('gives every question a mediator prompt and choice questions their options', () => {
    for (const e of entries) {
      expect(e.promptKey).toMatch(/\.prompt$/);
      const qs = e.kind === 'group' ? e.questions : [e];
      for (const q of qs) {
        if (q.input === 'singleChoice' || q.input === 'multiChoice') expect(q.options?.length, q.id).toBeGreaterThan(1);
        if (q.input === 'levels') expect(q.items?.length, q.id).toBeGreaterThan(1);
      }
    }
  });

  it('marks only the consent questions as not personal', () => {
    const notPersonal = entries.filter((e) => !e.personal).map((e) => e.id);
    expect(notPersonal.every((id) => id.startsWith('consent.'))).toBe(true);
  });

  it('has text for every questionnaire key in every shipped locale', () => {
    const locales = readLocales('locales');
    const keys = questionnaireKeys(SPT_QUESTIONNAIRE).map((k) => k.replace(/^interview:/, ''));
    expect(keys.length).toBeGreaterThan(250);
    for (const [lang, namespaces] of locales) {
      const interview = namespaces.get('interview') ?? {};
      const missing = keys.filter((k) => !(k in interview));
      expect(missing, `${lang} misses`).toEqual([]);
    }
  });
});

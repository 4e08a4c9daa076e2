import { answerPath } from '../domain/answer';
import { FINISH_REQUIREMENTS } from './questionnaire';
import { groupItems, isAnswered, type AnswerValues } from './answers';
import type { Condition, Entry, Question, Questionnaire, QuestionnaireConfig, Section } from './types';

export function evaluate(condition: Condition, answers: AnswerValues): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers));
  const value = answers.get(condition.question);
  if ('answered' in condition) return isAnswered(value);
  if ('equals' in condition) return value?.type === 'choice' && value.value === condition.equals;
  return value?.type === 'choices' && value.value.includes(condition.includes);
}

export function visibleSections(questionnaire: Questionnaire, config: QuestionnaireConfig): Section[] {
  return questionnaire.sections.filter((s) => !config.hiddenSections.includes(s.id));
}

export function isEntryVisible(entry: Entry, config: QuestionnaireConfig, answers: AnswerValues): boolean {
  if (config.hiddenQuestions.includes(entry.id)) return false;
  return entry.condition ? evaluate(entry.condition, answers) : true;
}

export function visibleEntries(section: Section, config: QuestionnaireConfig, answers: AnswerValues): Entry[] {
  return section.entries.filter((e) => isEntryVisible(e, config, answers));
}

/** A group counts as answered once one of its items has an answer. */
function isEntryAnswered(entry: Entry, answers: AnswerValues): boolean {
  if (entry.kind === 'question') return isAnswered(answers.get(entry.id));
  return groupItems(answers, entry.id).some((item) =>
    entry.questions.some((child) => isAnswered(answers.get(answerPath(entry.id, item, child.id)))),
  );
}

export interface SectionProgress {
  sectionId: string;
  answered: number;
  total: number;
}

export function sectionProgress(section: Section, config: QuestionnaireConfig, answers: AnswerValues): SectionProgress {
  const entries = visibleEntries(section, config, answers);
  return { sectionId: section.id, answered: entries.filter((e) => isEntryAnswered(e, answers)).length, total: entries.length };
}

export function overallProgress(questionnaire: Questionnaire, config: QuestionnaireConfig, answers: AnswerValues) {
  return visibleSections(questionnaire, config)
    .map((s) => sectionProgress(s, config, answers))
    .reduce((acc, p) => ({ answered: acc.answered + p.answered, total: acc.total + p.total }), { answered: 0, total: 0 });
}

export interface MissingItem {
  id: string;
  messageKey: string;
  sectionId: string;
  questionId: string;
}

/** What still blocks finishing. A requirement on a section or question the organisation hides never blocks. */
export function missingForFinish(questionnaire: Questionnaire, config: QuestionnaireConfig, answers: AnswerValues): MissingItem[] {
  const sections = new Set(visibleSections(questionnaire, config).map((s) => s.id));
  return FINISH_REQUIREMENTS.filter(
    (r) => sections.has(r.sectionId) && !config.hiddenQuestions.includes(r.questionId) && !evaluate(r.check, answers),
  ).map(({ id, messageKey, sectionId, questionId }) => ({ id, messageKey, sectionId, questionId }));
}

export interface QuestionLocation {
  section: Section;
  entry: Entry;
  question: Question | undefined;
}

/** Finds a top-level question or group by id, or a group child by `<groupId>.<childId>`. */
export function findEntry(questionnaire: Questionnaire, id: string): QuestionLocation | undefined {
  for (const section of questionnaire.sections) {
    for (const entry of section.entries) {
      if (entry.id === id) return { section, entry, question: entry.kind === 'question' ? entry : undefined };
      if (entry.kind === 'group' && id.startsWith(`${entry.id}.`)) {
        const child = entry.questions.find((c) => `${entry.id}.${c.id}` === id);
        if (child) return { section, entry, question: child };
      }
    }
  }
  return undefined;
}

/** The question an answer path belongs to, or undefined for a path the questionnaire does not know. */
export function questionForPath(questionnaire: Questionnaire, path: string): Question | { kind: 'group'; id: string } | undefined {
  const at = path.indexOf('@');
  if (at === -1) {
    const found = findEntry(questionnaire, path);
    if (!found) return undefined;
    return found.entry.kind === 'group' && found.entry.id === path ? { kind: 'group', id: path } : found.question;
  }
  const groupId = path.slice(0, at);
  const childId = path.slice(path.indexOf('.', at) + 1);
  return findEntry(questionnaire, `${groupId}.${childId}`)?.question;
}

export function sectionOfPath(questionnaire: Questionnaire, path: string): Section | undefined {
  const base = path.includes('@') ? path.slice(0, path.indexOf('@')) : path;
  return findEntry(questionnaire, base)?.section;
}

/** Every translation key the questionnaire uses; the locale check requires each in every locale. */
export function questionnaireKeys(questionnaire: Questionnaire): string[] {
  const keys = new Set<string>();
  const addQuestion = (qn: Question | Entry) => {
    keys.add(qn.labelKey);
    keys.add(qn.promptKey);
    if (qn.helpKey) keys.add(qn.helpKey);
    if (qn.kind === 'group') {
      keys.add(qn.addKey);
      keys.add(qn.itemTitleKey);
      qn.questions.forEach(addQuestion);
    } else {
      qn.options?.forEach((o) => keys.add(o.labelKey));
      qn.items?.forEach((o) => keys.add(o.labelKey));
    }
  };
  for (const s of questionnaire.sections) {
    keys.add(s.titleKey);
    keys.add(s.introKey);
    s.entries.forEach(addQuestion);
  }
  return [...keys];
}

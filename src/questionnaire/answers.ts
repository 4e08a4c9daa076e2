import type { AnswerValue } from '../domain/answerValue';

/** Answers of one interview by path, as the engine reads them. */
export type AnswerValues = ReadonlyMap<string, AnswerValue>;

/** Whether a value says something: empty text, empty lists and empty grids count as unanswered. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (!value) return false;
  switch (value.type) {
    case 'text':
      return value.value.trim().length > 0;
    case 'choices':
    case 'skills':
    case 'repeat':
      return value.value.length > 0;
    case 'cefr':
    case 'levels':
      return Object.keys(value.value).length > 0;
    case 'occupation':
      return value.value.text.trim().length > 0;
    default:
      return true;
  }
}

/** The items of a repeatable group, in the order the operator added them. */
export function groupItems(answers: AnswerValues, groupId: string): readonly string[] {
  return repeatItems(answers.get(groupId));
}

/** The item ids a repeatable group's answer holds, in order. */
export function repeatItems(value: AnswerValue | undefined): readonly string[] {
  return value?.type === 'repeat' ? value.value : [];
}

export function textOf(answers: AnswerValues, path: string): string | undefined {
  const v = answers.get(path);
  return v?.type === 'text' && v.value.trim() ? v.value.trim() : undefined;
}

/** The name shown in lists: the alias when given, else first and last name. */
export function displayNameOf(answers: AnswerValues): string | undefined {
  const alias = textOf(answers, 'personal.alias');
  if (alias) return alias;
  const full = [textOf(answers, 'personal.firstName'), textOf(answers, 'personal.lastName')].filter(Boolean).join(' ');
  return full || undefined;
}

const ITEM_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function newItemId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => ITEM_ID_ALPHABET[b % ITEM_ID_ALPHABET.length]).join('');
}

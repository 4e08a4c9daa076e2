import { InterviewStore } from '../../../src/storage/interviewStore';
import { SkillsProfileDb } from '../../../src/storage/schema';
import type { AnswerRecord } from '../../../src/domain/answer';
import type { AnswerValue } from '../../../src/domain/answerValue';
import { unlockAsTestOperator } from '../../support/unlockedStore';

let counter = 0;
/** Each test gets its own database name in fake-indexeddb, as if on a fresh tablet, with an operator signed in. */
export async function freshStore(): Promise<InterviewStore> {
  counter += 1;
  const store = new InterviewStore(new SkillsProfileDb(`test-${Date.now()}-${counter}`));
  await unlockAsTestOperator(store);
  return store;
}

export function record(path: string, value: AnswerValue, language = 'ar'): AnswerRecord {
  return { path, value, answeredAt: new Date().toISOString(), answeredBy: 'op-1', language };
}

export const digest = { progress: { answered: 1, total: 10 }, displayName: undefined };
export const consent = record('consent.given', { type: 'choice', value: 'yes' }, 'it');

import { randomUUID } from 'node:crypto';
import { PROFILE_FORMAT, profileDocumentSchema, type ProfileDocument } from '../../src/domain/profileDocument';

export interface FixtureOptions {
  id?: string;
  revision?: number;
  /** Free text of one answer; change it to get different content for the same revision. */
  note?: string;
  /** Extra answers, to reach realistic sizes in benchmarks. */
  extraAnswers?: number;
}

/** A valid finished interview as the app would send it. */
export function makeProfile(options: FixtureOptions = {}): ProfileDocument {
  const at = '2026-03-02T10:15:00.000Z';
  const revision = options.revision ?? 1;
  const answer = (path: string, text: string) => ({
    path,
    value: { type: 'text' as const, value: text },
    answeredAt: at,
    answeredBy: 'operator-1',
    language: 'it',
  });
  const answers = [
    { path: 'consent.given', value: { type: 'choice' as const, value: 'yes' }, answeredAt: at, answeredBy: 'operator-1', language: 'it' },
    answer('identity.name', 'Amina Testperson'),
    answer('work.notes', options.note ?? 'Worked as a tailor for six years.'),
  ];
  for (let i = 0; i < (options.extraAnswers ?? 0); i++) answers.push(answer(`extra.q${i}`, `Answer number ${i} with a few words of text.`));
  return profileDocumentSchema.parse({
    format: PROFILE_FORMAT,
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    interview: {
      id: options.id ?? randomUUID(),
      schemaVersion: 1,
      questionnaireVersion: '1',
      createdAt: at,
      updatedAt: at,
      createdBy: 'operator-1',
      status: 'finished',
      finishedAt: at,
      revision,
      operatorLanguage: 'it',
      intervieweeLanguage: 'ar',
      displayName: 'Amina T.',
      progress: { answered: answers.length, total: 40 },
    },
    answers,
  });
}

export const putBody = (profile: ProfileDocument) => ({ revision: profile.interview.revision, profile });

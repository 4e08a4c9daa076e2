import { AppError, summariseIssues } from '../domain/errors';
import { answerRecordSchema, type AnswerRecord } from '../domain/answer';
import { interviewSchema, type Interview, type Progress } from '../domain/interview';
import { PROFILE_FORMAT, profileDocumentSchema, type ProfileDocument } from '../domain/profileDocument';
import { SPT_QUESTIONNAIRE } from '../questionnaire/questionnaire';
import { questionForPath } from '../questionnaire/engine';
import { restoreAnswer, restoreInterview } from './restore';
import { SkillsProfileDb, type QuarantineEntry } from './schema';

export interface NewInterview {
  operatorId: string;
  operatorLanguage: string;
  intervieweeLanguage: string;
}

export interface LoadedInterview {
  interview: Interview;
  answers: AnswerRecord[];
}

/** Derived fields the session recomputes with the questionnaire engine and stores for fast lists. */
export interface InterviewDigest {
  progress: Progress;
  displayName: string | undefined;
}

export interface AnswerChanges {
  put: AnswerRecord[];
  delete: string[];
}

const now = () => new Date().toISOString();

function isPersonalPath(path: string): boolean {
  const question = questionForPath(SPT_QUESTIONNAIRE, path);
  return question === undefined || question.kind === 'group' || question.personal;
}

/**
 * The only door to interview data. Every write is one IndexedDB transaction; every read is
 * validated (see restore.ts). Encryption at rest and the sync outbox plug in here.
 */
export class InterviewStore {
  constructor(readonly db: SkillsProfileDb = new SkillsProfileDb()) {}

  async create(input: NewInterview): Promise<Interview> {
    const at = now();
    const interview = interviewSchema.parse({
      id: crypto.randomUUID(),
      schemaVersion: 1,
      questionnaireVersion: SPT_QUESTIONNAIRE.version,
      createdAt: at,
      updatedAt: at,
      createdBy: input.operatorId,
      status: 'draft',
      revision: 0,
      operatorLanguage: input.operatorLanguage,
      intervieweeLanguage: input.intervieweeLanguage,
      progress: { answered: 0, total: 0 },
    });
    await this.db.interviews.add(interview);
    return interview;
  }

  /** All interviews, newest change first. Invalid records are moved to quarantine, not returned. */
  async list(): Promise<Interview[]> {
    const rows = await this.db.interviews.orderBy('updatedAt').reverse().toArray();
    const good: Interview[] = [];
    const bad: Omit<QuarantineEntry, 'id'>[] = [];
    for (const row of rows) {
      const r = restoreInterview(row);
      if (r.ok) good.push(r.value);
      else bad.push(r.quarantine);
    }
    if (bad.length) await this.quarantineRecords(bad);
    return good;
  }

  async get(id: string): Promise<LoadedInterview> {
    const row = await this.db.interviews.get(id);
    if (!row) throw new AppError('errors.interviewNotFound');
    const restored = restoreInterview(row);
    if (!restored.ok) {
      await this.quarantineRecords([restored.quarantine]);
      throw new AppError('errors.interviewQuarantined');
    }
    const rows = await this.db.answers.where('interviewId').equals(id).toArray();
    const answers: AnswerRecord[] = [];
    const bad: Omit<QuarantineEntry, 'id'>[] = [];
    for (const raw of rows) {
      const r = restoreAnswer(raw);
      if (r.ok) answers.push(r.value);
      else bad.push(r.quarantine);
    }
    if (bad.length) await this.quarantineRecords(bad);
    return { interview: restored.value, answers };
  }

  /**
   * Writes answers and the interview's digest in one transaction: either all of it is stored or
   * none. Refuses personal answers before consent and edits to a finished interview.
   */
  async applyChanges(id: string, changes: AnswerChanges, digest: InterviewDigest): Promise<Interview> {
    const records = changes.put.map((r) => {
      const parsed = answerRecordSchema.safeParse(r);
      if (!parsed.success) throw new AppError('errors.invalidAnswer', { details: summariseIssues(parsed.error) });
      return parsed.data;
    });
    return this.db.transaction('rw', this.db.interviews, this.db.answers, async () => {
      const interview = await this.requireDraft(id);
      const consentInBatch = records.find((r) => r.path === 'consent.given');
      const consentStored = consentInBatch ? undefined : await this.db.answers.get([id, 'consent.given']);
      const consentValue = (consentInBatch ?? consentStored) as { value?: { type?: string; value?: unknown } } | undefined;
      const consented = consentValue?.value?.type === 'choice' && consentValue.value.value === 'yes';
      if (!consented && records.some((r) => isPersonalPath(r.path))) throw new AppError('errors.consentRequired');

      if (records.length) await this.db.answers.bulkPut(records.map((r) => ({ interviewId: id, ...r })));
      if (changes.delete.length) await this.db.answers.bulkDelete(changes.delete.map((p) => [id, p] as [string, string]));
      const updated: Interview = { ...interview, updatedAt: now(), progress: digest.progress };
      if (digest.displayName) updated.displayName = digest.displayName;
      else delete updated.displayName;
      await this.db.interviews.put(updated);
      return updated;
    });
  }

  async updateMeta(id: string, patch: Partial<Pick<Interview, 'operatorLanguage' | 'intervieweeLanguage' | 'lastSectionId'>>): Promise<Interview> {
    return this.db.transaction('rw', this.db.interviews, async () => {
      const interview = await this.require(id);
      // Where the operator stands is not a change to the interview: it must not reorder the list.
      const onlyPosition = Object.keys(patch).every((k) => k === 'lastSectionId');
      const updated = interviewSchema.parse({ ...interview, ...patch, updatedAt: onlyPosition ? interview.updatedAt : now() });
      await this.db.interviews.put(updated);
      return updated;
    });
  }

  /** Marks finished; each finish after a reopen is a new revision, the unit the server stores. */
  async finish(id: string): Promise<Interview> {
    return this.db.transaction('rw', this.db.interviews, async () => {
      const interview = await this.requireDraft(id);
      const at = now();
      const updated: Interview = { ...interview, status: 'finished', finishedAt: at, updatedAt: at, revision: interview.revision + 1 };
      await this.db.interviews.put(updated);
      return updated;
    });
  }

  async reopen(id: string): Promise<Interview> {
    return this.db.transaction('rw', this.db.interviews, async () => {
      const interview = await this.require(id);
      const updated: Interview = { ...interview, status: 'draft', updatedAt: now() };
      await this.db.interviews.put(updated);
      return updated;
    });
  }

  async delete(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.interviews, this.db.answers, async () => {
      await this.db.answers.where('interviewId').equals(id).delete();
      await this.db.interviews.delete(id);
    });
  }

  async exportDocument(id: string): Promise<ProfileDocument> {
    const { interview, answers } = await this.get(id);
    return profileDocumentSchema.parse({ format: PROFILE_FORMAT, formatVersion: 1, exportedAt: now(), interview, answers });
  }

  /**
   * Imports one exported interview. The whole file is validated before anything is written;
   * an invalid file or an id that already exists changes nothing.
   */
  async importDocument(input: unknown): Promise<Interview> {
    const parsed = profileDocumentSchema.safeParse(input);
    if (!parsed.success) throw new AppError('errors.importInvalid', { details: summariseIssues(parsed.error) });
    const doc = parsed.data;
    const unknownPaths = doc.answers.filter((a) => questionForPath(SPT_QUESTIONNAIRE, a.path) === undefined).map((a) => a.path);
    if (unknownPaths.length) throw new AppError('errors.importUnknownQuestions', { details: unknownPaths.slice(0, 5).join(', ') });
    return this.db.transaction('rw', this.db.interviews, this.db.answers, async () => {
      if (await this.db.interviews.get(doc.interview.id)) throw new AppError('errors.importExists');
      await this.db.interviews.add(doc.interview);
      await this.db.answers.bulkAdd(doc.answers.map((a) => ({ interviewId: doc.interview.id, ...a })));
      return doc.interview;
    });
  }

  async listQuarantine(): Promise<QuarantineEntry[]> {
    return this.db.quarantine.toArray();
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return (await this.db.settings.get(key))?.value as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
  }

  private async quarantineRecords(entries: Omit<QuarantineEntry, 'id'>[]): Promise<void> {
    await this.db.transaction('rw', this.db.quarantine, this.db.interviews, this.db.answers, async () => {
      await this.db.quarantine.bulkAdd(entries);
      for (const e of entries) {
        if (e.source === 'interviews') await this.db.interviews.delete(e.recordKey);
        else await this.db.answers.delete([e.interviewId ?? '', e.recordKey.slice((e.interviewId ?? '').length + 1)]);
      }
    });
  }

  private async require(id: string): Promise<Interview> {
    const row = await this.db.interviews.get(id);
    if (!row) throw new AppError('errors.interviewNotFound');
    const r = restoreInterview(row);
    if (!r.ok) throw new AppError('errors.interviewQuarantined');
    return r.value;
  }

  private async requireDraft(id: string): Promise<Interview> {
    const interview = await this.require(id);
    if (interview.status !== 'draft') throw new AppError('errors.interviewFinished');
    return interview;
  }
}

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { InterviewSession } from '../../../src/app/session/interviewSession';
import type { AnswerRecord } from '../../../src/domain/answer';
import { AppError } from '../../../src/domain/errors';
import { DEFAULT_CONFIG } from '../../../src/questionnaire/types';
import { classifyStorageError, resilientStore, STORAGE_CONNECTION_LOST, STORAGE_FULL } from '../../../src/storage/resilience';
import { createUnlockedStore } from '../../support/unlockedStore';

function answer(path: string, value: AnswerRecord['value']): AnswerRecord {
  return { path, value, answeredAt: new Date().toISOString(), answeredBy: 'op', language: 'ar' };
}
const consent = answer('consent.given', { type: 'choice', value: 'yes' });
const digest = { progress: { answered: 2, total: 10 }, displayName: 'Mina' };

const realPut = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

/** Makes the next `times` IndexedDB puts fail as a full disk does. */
function failPuts(times: number) {
  let left = times;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (left > 0) {
      left -= 1;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return realPut.apply(this, args);
  };
}

async function setup() {
  const { store: raw, operator } = await createUnlockedStore();
  const store = resilientStore(raw);
  const interview = await store.create({ operatorId: operator.id, operatorLanguage: 'it', intervieweeLanguage: 'ar' });
  await store.applyChanges(interview.id, { put: [consent, answer('personal.alias', { type: 'text', value: 'Mina' })], delete: [] }, digest);
  return { store, id: interview.id, operatorId: operator.id };
}

describe('classifying storage failures', () => {
  it('tells a full disk and a lost connection from other errors, also inside Dexie wrappers', () => {
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))).toBe('quota');
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('connection');
    expect(classifyStorageError(new DOMException('closing', 'InvalidStateError'))).toBe('connection');
    expect(classifyStorageError(new DOMException('Connection to Indexed Database server lost', 'UnknownError'))).toBe('connection');
    expect(classifyStorageError(new Dexie.ConstraintError('exists'))).toBe('other');
    expect(classifyStorageError(new AppError('errors.consentRequired'))).toBe('other');
  });
});

describe('the store after the database connection is lost', () => {
  it('reopens a database Dexie reports closed and completes the write', async () => {
    const { store, id } = await setup();
    store.db.close();
    await store.applyChanges(id, { put: [answer('personal.alias', { type: 'text', value: 'Mina B.' })], delete: [] }, digest);
    const { answers } = await store.get(id);
    expect(answers.find((a) => a.path === 'personal.alias')?.value).toEqual({ type: 'text', value: 'Mina B.' });
    expect(answers).toHaveLength(2);
  });

  it('reopens when the browser closed the connection underneath (iOS after backgrounding)', async () => {
    const { store, id } = await setup();
    // What Safari does: the IDBDatabase is closed without Dexie being told.
    store.db.backendDB().close();
    const [listed] = await store.list();
    expect(listed?.id).toBe(id);
    await store.applyChanges(id, { put: [answer('personal.alias', { type: 'text', value: 'Mina C.' })], delete: [] }, digest);
    expect((await store.get(id)).answers.find((a) => a.path === 'personal.alias')?.value).toEqual({ type: 'text', value: 'Mina C.' });
  });
});

describe('the store when the disk is full', () => {
  it('gives a translated error and leaves the stored interview exactly as it was', async () => {
    const { store, id } = await setup();
    const before = await store.get(id);
    failPuts(1);
    const write = store.applyChanges(id, { put: [answer('personal.alias', { type: 'text', value: 'Lost?' }), answer('personal.firstName', { type: 'text', value: 'Amina' })], delete: [] }, digest);
    await expect(write).rejects.toEqual(new AppError(STORAGE_FULL));
    const after = await store.get(id);
    expect(after.answers).toEqual(before.answers);
    expect(after.interview.updatedAt).toBe(before.interview.updatedAt);
  });

  it('reports a lost connection that does not come back as its own translated error', async () => {
    const { store } = await setup();
    const open = store.db.open.bind(store.db);
    store.db.open = () => Dexie.Promise.reject(new Dexie.DatabaseClosedError('still closed'));
    store.db.close();
    await expect(store.list()).rejects.toEqual(new AppError(STORAGE_CONNECTION_LOST));
    store.db.open = open;
    await expect(store.list()).resolves.toHaveLength(1);
  });

  it('keeps what the operator typed in the session and saves it once space is back', async () => {
    const { store, id, operatorId } = await setup();
    const { interview, answers } = await store.get(id);
    const session = new InterviewSession(store, interview, answers, operatorId, DEFAULT_CONFIG);
    failPuts(1);
    session.setAnswer('personal.alias', { type: 'text', value: 'Mina typed offline' });
    await expect(session.flush()).rejects.toEqual(new AppError(STORAGE_FULL));
    const snapshot = session.getSnapshot();
    expect(snapshot.save).toEqual({ kind: 'error', error: new AppError(STORAGE_FULL) });
    expect(snapshot.values.get('personal.alias')).toEqual({ type: 'text', value: 'Mina typed offline' });
    expect(session.hasPendingChanges).toBe(true);
    await session.flush();
    session.dispose();
    expect(session.getSnapshot().save.kind).toBe('saved');
    expect((await store.get(id)).answers.find((a) => a.path === 'personal.alias')?.value).toEqual({ type: 'text', value: 'Mina typed offline' });
  });
});

import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { InterviewStore } from '../../../src/storage/interviewStore';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, SkillsProfileDb } from '../../../src/storage/schema';
import { unlockAsTestOperator } from '../../support/unlockedStore';

/**
 * Frozen copy of schema version 1 as released. Never edit: a tablet in the field may still hold
 * a database written by it, and the current app must open and upgrade it without losing a record.
 */
const V1_STORES = {
  interviews: 'id, status, updatedAt',
  answers: '[interviewId+path], interviewId',
  quarantine: '++id, source, interviewId',
  settings: 'key',
};

const v1Interview = {
  id: '4b0e9a4e-3f5b-4d2a-9c61-0f1d2b3c4d5e',
  schemaVersion: 1,
  questionnaireVersion: '2026.1',
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:30:00.000Z',
  createdBy: 'local-operator',
  status: 'draft',
  revision: 0,
  operatorLanguage: 'it',
  intervieweeLanguage: 'ti',
  displayName: 'ሰላም',
  progress: { answered: 2, total: 61 },
};

describe('IndexedDB schema migrations', () => {
  it('keeps version 1 as released (append-only history)', () => {
    expect(SCHEMA_VERSIONS[0]).toEqual({ version: 1, stores: V1_STORES });
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([...SCHEMA_VERSIONS.map((v) => v.version)].sort((a, b) => a - b));
  });

  it('opens a database written by version 1 and reads every record back', async () => {
    const name = `migration-v1-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    await old.table('interviews').put(v1Interview);
    await old.table('answers').bulkPut([
      { interviewId: v1Interview.id, path: 'consent.given', value: { type: 'choice', value: 'yes' }, answeredAt: '2026-03-01T09:01:00.000Z', answeredBy: 'local-operator', language: 'it' },
      { interviewId: v1Interview.id, path: 'personal.alias', value: { type: 'text', value: 'ሰላም' }, answeredAt: '2026-03-01T09:02:00.000Z', answeredBy: 'local-operator', language: 'ti' },
    ]);
    old.close();

    const db = new SkillsProfileDb(name);
    const store = new InterviewStore(db);
    // Version 2 (operators, owners, audit): the upgrade gives each v1 row an owner; no key exists yet.
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.interviews.where('ownerId').equals('local-operator').count()).toBe(1);
    // The first operator to unlock takes the v1 rows over and seals them.
    const operator = await unlockAsTestOperator(store);
    const { interview, answers } = await store.get(v1Interview.id);
    expect(interview.displayName).toBe('ሰላም');
    expect(answers.map((a) => a.path).sort()).toEqual(['consent.given', 'personal.alias']);
    expect(await store.listQuarantine()).toEqual([]);
    const raw = JSON.stringify([await db.interviews.toArray(), await db.answers.toArray()]);
    expect(raw).not.toContain('ሰላም');
    expect(await db.interviews.get(v1Interview.id)).toMatchObject({ ownerId: operator.id, status: 'draft' });
  });

  it('adds the outbox in version 3 and keeps what version 2 stored', async () => {
    const name = `migration-v2-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    old.version(2).stores(SCHEMA_VERSIONS[1]!.stores);
    await old.table('interviews').put({ ...v1Interview, ownerId: 'local-operator' });
    await old.table('audit').add({ at: '2026-03-01T09:00:00.000Z', operatorId: 'local-operator', action: 'created', interviewId: v1Interview.id });
    old.close();

    const db = new SkillsProfileDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name)).toContain('outbox');
    expect(await db.outbox.count()).toBe(0);
    expect(await db.audit.count()).toBe(1);
    const store = new InterviewStore(db);
    await unlockAsTestOperator(store);
    expect((await store.list()).map((i) => i.id)).toEqual([v1Interview.id]);
    expect(await store.nextBatch(10)).toEqual([]);
  });

  it('indexes syncedAt in version 4, so that retention still finds what version 3 stored', async () => {
    const name = `migration-v3-${Date.now()}`;
    const old = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.slice(0, 3)) old.version(version).stores(stores);
    const synced = { ...v1Interview, ownerId: 'local-operator', syncedAt: '2026-03-02T10:00:00.000Z' };
    const unsynced = { ...v1Interview, id: '5c1f0b5f-4a6c-4e3b-8d72-1a2b3c4d5e6f', ownerId: 'local-operator' };
    await old.table('interviews').bulkPut([synced, unsynced]);
    old.close();

    const db = new SkillsProfileDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.interviews.where('syncedAt').above('').primaryKeys()).toEqual([synced.id]);
    const store = new InterviewStore(db);
    expect(await store.purgeExpired(30, new Date('2026-03-20T00:00:00.000Z'))).toEqual([]);
    expect(await store.purgeExpired(30, new Date('2026-04-02T10:00:00.000Z'))).toEqual([synced.id]);
    expect((await db.interviews.toArray()).map((r) => r.id)).toEqual([unsynced.id]);
  });
});

import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../../src/domain/answer';
import { InterviewStore } from '../../../src/storage/interviewStore';
import { OperatorVault } from '../../../src/security/operatorVault';
import { createUnlockedStore, TEST_ITERATIONS } from '../../support/unlockedStore';

const NAME = 'Kwabena Zarrouk-Ivanenko';

function answer(path: string, value: AnswerRecord['value'], by = 'op'): AnswerRecord {
  return { path, value, answeredAt: new Date().toISOString(), answeredBy: by, language: 'ar' };
}

const consent = answer('consent.given', { type: 'choice', value: 'yes' });

async function rawDump(store: InterviewStore): Promise<string> {
  const tables = await Promise.all(store.db.tables.map((t) => t.toArray()));
  return JSON.stringify(tables);
}

async function interviewWithName(store: InterviewStore, operatorId: string) {
  const created = await store.create({ operatorId, operatorLanguage: 'it', intervieweeLanguage: 'ar' });
  await store.applyChanges(
    created.id,
    { put: [consent, answer('personal.firstName', { type: 'text', value: NAME }, operatorId)], delete: [] },
    { progress: { answered: 2, total: 10 }, displayName: NAME },
  );
  return created;
}

describe('encryption at rest in the store', () => {
  it('keeps names and answers out of IndexedDB in clear, and shows them after unlock', async () => {
    const { store, operator } = await createUnlockedStore();
    const created = await interviewWithName(store, operator.id);
    const dump = await rawDump(store);
    expect(dump).not.toContain('Kwabena');
    expect(dump).not.toContain('Zarrouk');
    expect(dump).toContain(created.id); // ids stay in clear for lists
    const [listed] = await store.list();
    expect(listed?.displayName).toBe(NAME);
    const loaded = await store.get(created.id);
    expect(loaded.answers.find((a) => a.path === 'personal.firstName')?.value).toEqual({ type: 'text', value: NAME });
  });

  it('still refuses personal answers before consent', async () => {
    const { store, operator } = await createUnlockedStore();
    const created = await store.create({ operatorId: operator.id, operatorLanguage: 'it', intervieweeLanguage: 'ar' });
    await expect(
      store.applyChanges(created.id, { put: [answer('personal.firstName', { type: 'text', value: NAME })], delete: [] }, { progress: { answered: 1, total: 1 }, displayName: NAME }),
    ).rejects.toMatchObject({ code: 'errors.consentRequired' });
    expect(await rawDump(store)).not.toContain('Kwabena');
  });

  it('moves a tampered answer to quarantine instead of returning it', async () => {
    const { store, operator } = await createUnlockedStore();
    const created = await interviewWithName(store, operator.id);
    const row = await store.db.answers.get([created.id, 'personal.firstName']);
    const sealed = row!.sealed as { v: 1; iv: string; ct: string };
    const bytes = Uint8Array.from(atob(sealed.ct), (c) => c.charCodeAt(0));
    bytes[0] = bytes[0]! ^ 0xff;
    await store.db.answers.put({ ...row!, sealed: { ...sealed, ct: btoa(String.fromCharCode(...bytes)) } });
    const loaded = await store.get(created.id);
    expect(loaded.answers.map((a) => a.path)).toEqual(['consent.given']);
    const quarantine = await store.listQuarantine();
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ source: 'answers', interviewId: created.id, error: 'security:errors.decryptFailed' });
  });

  it('detects an answer copied from another interview', async () => {
    const { store, operator } = await createUnlockedStore();
    const a = await interviewWithName(store, operator.id);
    const b = await store.create({ operatorId: operator.id, operatorLanguage: 'it', intervieweeLanguage: 'ar' });
    const row = await store.db.answers.get([a.id, 'personal.firstName']);
    await store.db.answers.put({ ...row!, interviewId: b.id });
    expect((await store.get(b.id)).answers).toEqual([]);
    expect((await store.listQuarantine())[0]).toMatchObject({ interviewId: b.id, error: 'security:errors.decryptFailed' });
  });

  it('reads and writes nothing while locked', async () => {
    const { store, operator } = await createUnlockedStore();
    const created = await interviewWithName(store, operator.id);
    store.lock();
    for (const attempt of [() => store.list(), () => store.get(created.id), () => store.create({ operatorId: operator.id, operatorLanguage: 'it', intervieweeLanguage: 'ar' }), () => store.exportDocument(created.id)]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'security:errors.locked' });
    }
  });
});

describe('operator isolation', () => {
  it('an operator sees only their own interviews, and cannot open another one by id', async () => {
    const { store, vault, operator: anna } = await createUnlockedStore();
    const annas = await interviewWithName(store, anna.id);
    const bruno = await vault.create({ name: 'Bruno', organisation: 'Test Centre', passphrase: 'bruno passphrase', pin: '1357' });
    await store.unlock(bruno.keyring);
    expect(await store.list()).toEqual([]);
    await expect(store.get(annas.id)).rejects.toMatchObject({ code: 'errors.interviewNotFound' });
    await expect(store.delete(annas.id)).rejects.toMatchObject({ code: 'errors.interviewNotFound' });
    const brunos = await store.create({ operatorId: bruno.id, operatorLanguage: 'it', intervieweeLanguage: 'ar' });
    await store.unlock((await vault.unlockWithPin(anna.id, '2468')).keyring);
    expect((await store.list()).map((i) => i.id)).toEqual([annas.id]);
    expect(brunos.id).not.toBe(annas.id);
  });

  it('a stolen row cannot be read with another operator key even when ownership is forged', async () => {
    const { store, vault, operator: anna } = await createUnlockedStore();
    const annas = await interviewWithName(store, anna.id);
    const mallory = await vault.create({ name: 'Mallory', organisation: 'Elsewhere', passphrase: 'mallory passphrase', pin: '9999' });
    const row = await store.db.interviews.get(annas.id);
    await store.db.interviews.put({ ...row!, ownerId: mallory.id });
    await store.unlock(mallory.keyring);
    // Mallory's keyring has no key for Anna's records: the row goes to quarantine, nothing is shown.
    expect(await store.list()).toEqual([]);
    expect(JSON.stringify(await store.listQuarantine())).not.toContain('Kwabena');
  });

  it('when the organisation shares, colleagues added by a signed-in operator see each other’s new interviews', async () => {
    const { store, vault, operator: anna } = await createUnlockedStore();
    const privateOne = await interviewWithName(store, anna.id);
    await vault.setSharing('Test Centre', true);
    const annaShared = await vault.unlockWithPin(anna.id, '2468');
    await store.unlock(annaShared.keyring);
    const shared = await interviewWithName(store, anna.id);
    const carla = await vault.create({ name: 'Carla', organisation: 'test centre', passphrase: 'carla passphrase', pin: '8642' }, annaShared);
    await store.unlock(carla.keyring);
    const seen = await store.list();
    expect(seen.map((i) => i.id)).toEqual([shared.id]);
    expect(seen[0]?.displayName).toBe(NAME);
    expect(seen.map((i) => i.id)).not.toContain(privateOne.id);
    // An operator of another organisation sees nothing of it.
    const other = await vault.create({ name: 'Dario', organisation: 'Other Centre', passphrase: 'dario passphrase', pin: '1212' }, annaShared);
    await store.unlock(other.keyring);
    expect(await store.list()).toEqual([]);
  });
});

describe('audit trail, erasure and retention', () => {
  it('records who created, opened, changed, exported and erased which interview, with ids only', async () => {
    const { store, operator } = await createUnlockedStore();
    const created = await interviewWithName(store, operator.id);
    await store.get(created.id);
    await store.exportDocument(created.id);
    await store.finish(created.id);
    await store.erase(created.id);
    const trail = await store.auditTrail();
    expect(trail.map((e) => e.action)).toEqual(['created', 'changed', 'opened', 'exported', 'finished', 'erased']);
    expect(trail.every((e) => e.operatorId === operator.id && e.interviewId === created.id)).toBe(true);
    expect(JSON.stringify(trail)).not.toContain('Kwabena');
    expect(await store.db.interviews.get(created.id)).toBeUndefined();
    expect(await store.db.answers.where('interviewId').equals(created.id).count()).toBe(0);
  });

  it('autosave writes one `changed` entry per burst of edits', async () => {
    const { store, operator } = await createUnlockedStore();
    const created = await interviewWithName(store, operator.id);
    for (let i = 0; i < 5; i++) await store.applyChanges(created.id, { put: [answer('personal.lastName', { type: 'text', value: `x${i}` })], delete: [] }, { progress: { answered: 3, total: 10 }, displayName: NAME });
    expect((await store.auditTrail()).filter((e) => e.action === 'changed')).toHaveLength(1);
  });

  it('hands unsent entries to sync and never rewrites the trail', async () => {
    const { store, operator } = await createUnlockedStore();
    await interviewWithName(store, operator.id);
    const unsent = await store.unsentAudit();
    expect(unsent.map((e) => e.action)).toEqual(['created', 'changed']);
    await store.markAuditSent(unsent.at(-1)!.seq);
    expect(await store.unsentAudit()).toEqual([]);
    const other = await interviewWithName(store, operator.id);
    expect((await store.unsentAudit()).map((e) => [e.action, e.interviewId])).toEqual([
      ['created', other.id],
      ['changed', other.id],
    ]);
    expect(await store.auditTrail()).toHaveLength(4);
  });

  it('removes synced interviews after the retention period, keeping unsynced and recently synced ones', async () => {
    const { store, operator } = await createUnlockedStore();
    const old = await interviewWithName(store, operator.id);
    const recent = await interviewWithName(store, operator.id);
    const unsynced = await interviewWithName(store, operator.id);
    const editedAfterSync = await interviewWithName(store, operator.id);
    const day = 24 * 60 * 60_000;
    const t0 = Date.now();
    await store.recordSynced(old.id, new Date(t0 + 1_000).toISOString());
    await store.recordSynced(recent.id, new Date(t0 + 20 * day).toISOString());
    await store.recordSynced(editedAfterSync.id, new Date(t0 - day).toISOString());
    const erased = await store.purgeExpired(30, new Date(t0 + 31 * day));
    expect(erased).toEqual([old.id]);
    expect((await store.list()).map((i) => i.id).sort()).toEqual([recent.id, unsynced.id, editedAfterSync.id].sort());
    expect((await store.auditTrail()).filter((e) => e.action === 'expired')).toEqual([expect.objectContaining({ interviewId: old.id, operatorId: 'device' })]);
    // Retention needs no key: it also runs while the device is locked.
    store.lock();
    expect(await store.purgeExpired(30, new Date(t0 + 60 * day))).toEqual([recent.id]);
  });

  it('a locked store with the same database shows nothing to a new vault session until unlocked', async () => {
    const { store } = await createUnlockedStore();
    const reopened = new InterviewStore(store.db);
    const vault = new OperatorVault(reopened, TEST_ITERATIONS);
    expect((await vault.list()).map((o) => o.name)).toEqual(['Test Operator']);
    await expect(reopened.list()).rejects.toMatchObject({ code: 'security:errors.locked' });
  });
});

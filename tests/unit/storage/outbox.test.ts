import { describe, expect, it } from 'vitest';
import { makeProfile } from '../../../server/testing/profileFixture';
import type { Receipt } from '../../../src/domain/syncContract';
import type { InterviewStore } from '../../../src/storage/interviewStore';
import { describeOutboxQueueContract } from '../../support/outboxQueueContract';
import { consent, digest, freshStore, record } from './helpers';

describeOutboxQueueContract('InterviewStore', async () => {
  const store = await freshStore();
  return { queue: store, enqueue: (profile) => store.enqueueProfile(profile) };
});

const NAME = 'Zebulon Quixotic';

async function finishedInterview(store: InterviewStore): Promise<string> {
  const { id } = await store.create({ operatorId: 'op-1', operatorLanguage: 'it', intervieweeLanguage: 'ar' });
  await store.applyChanges(id, { put: [consent, record('personal.firstName', { type: 'text', value: NAME })], delete: [] }, { ...digest, displayName: NAME });
  await store.finish(id);
  return id;
}

const receipt = (id: string, revision: number): Receipt => ({ id, revision, contentHash: 'b'.repeat(64), receivedAt: '2026-03-02T11:00:00.000Z' });

describe('InterviewStore outbox', () => {
  it('queues the finished document, with its answers, when an interview is finished', async () => {
    const store = await freshStore();
    const { id } = await store.create({ operatorId: 'op-1', operatorLanguage: 'it', intervieweeLanguage: 'ar' });
    expect(await store.nextBatch(10)).toEqual([]);
    await store.applyChanges(id, { put: [consent, record('personal.firstName', { type: 'text', value: NAME })], delete: [] }, { ...digest, displayName: NAME });
    await store.finish(id);
    const [item] = await store.nextBatch(10);
    expect(item).toMatchObject({ interviewId: id, revision: 1 });
    expect(item!.profile.interview).toMatchObject({ id, status: 'finished', revision: 1 });
    expect(item!.profile.answers.map((a) => a.path).sort()).toEqual(['consent.given', 'personal.firstName']);
    expect(await store.outboxEntries()).toEqual([expect.objectContaining({ interviewId: id, state: 'queued', revision: 1 })]);
  });

  it('keeps the profile sealed in the outbox: the name appears nowhere in the raw row', async () => {
    const store = await freshStore();
    const id = await finishedInterview(store);
    await store.markQuarantined({ interviewId: id, revision: 1 }, { status: 400, code: 'validation_failed', message: `bad ${NAME}`, issues: [{ path: 'profile.answers.1', message: NAME }], at: new Date().toISOString() });
    const raw = JSON.stringify(await store.db.outbox.toArray());
    expect(raw).toContain(id);
    expect(raw).toContain('validation_failed');
    expect(raw).not.toContain('Zebulon');
    expect(raw).not.toContain('firstName');
    // The operator still sees the server's full reason once unlocked.
    const [entry] = await store.outboxEntries();
    expect(entry!.rejection).toMatchObject({ code: 'validation_failed', message: `bad ${NAME}`, issues: [{ path: 'profile.answers.1' }] });
  });

  it('refuses to hand out the outbox while locked', async () => {
    const store = await freshStore();
    await finishedInterview(store);
    store.lock();
    await expect(store.nextBatch(10)).rejects.toMatchObject({ code: 'security:errors.locked' });
  });

  it('stores the receipt, marks the interview synced for retention and audits it once', async () => {
    const store = await freshStore();
    const id = await finishedInterview(store);
    await store.markSynced({ interviewId: id, revision: 1 }, receipt(id, 1));
    await store.markSynced({ interviewId: id, revision: 1 }, receipt(id, 1));
    expect(await store.nextBatch(10)).toEqual([]);
    expect(await store.outboxEntries()).toEqual([expect.objectContaining({ state: 'synced', syncedAt: '2026-03-02T11:00:00.000Z' })]);
    expect((await store.db.interviews.get(id))?.syncedAt).toEqual(expect.any(String));
    expect((await store.auditTrail()).filter((e) => e.action === 'synced').map((e) => e.interviewId)).toEqual([id]);
    // Retention counts from the sync: 30 days later the interview and its outbox row are gone.
    expect(await store.purgeExpired(30, new Date(Date.now() + 31 * 86_400_000))).toEqual([id]);
    expect(await store.db.outbox.count()).toBe(0);
  });

  it('queues a new revision when a synced interview is reopened, edited and finished again', async () => {
    const store = await freshStore();
    const id = await finishedInterview(store);
    await store.markSynced({ interviewId: id, revision: 1 }, receipt(id, 1));
    await store.reopen(id);
    await store.applyChanges(id, { put: [record('personal.lastName', { type: 'text', value: 'Second' })], delete: [] }, digest);
    expect(await store.nextBatch(10)).toEqual([]);
    await store.finish(id);
    const [item] = await store.nextBatch(10);
    expect(item).toMatchObject({ interviewId: id, revision: 2 });
    expect(item!.profile.answers.some((a) => a.path === 'personal.lastName')).toBe(true);
  });

  it('lets the operator resend a quarantined revision and export it', async () => {
    const store = await freshStore();
    const id = await finishedInterview(store);
    await store.markQuarantined({ interviewId: id, revision: 1 }, { status: 409, code: 'stale_revision', message: 'older', at: new Date().toISOString() });
    expect(await store.nextBatch(10)).toEqual([]);
    const exported = await store.exportQueued(id);
    expect(exported.interview).toMatchObject({ id, revision: 1, displayName: NAME });
    await store.requeue(id);
    expect((await store.nextBatch(10)).map((i) => i.interviewId)).toEqual([id]);
    expect((await store.outboxEntries())[0]).not.toHaveProperty('rejection');
  });

  it('does not show or send another operator’s queued profiles', async () => {
    const store = await freshStore();
    await store.enqueueProfile(makeProfile());
    const other = await freshStore();
    expect(await other.nextBatch(10)).toEqual([]);
    expect(await store.nextBatch(10)).toHaveLength(1);
  });

  it('reads the state of the interviews asked for only, without the rest of the outbox', async () => {
    const store = await freshStore();
    const profiles = [makeProfile(), makeProfile(), makeProfile()];
    for (const p of profiles) await store.enqueueProfile(p);
    const [a, , c] = profiles.map((p) => p.interview.id);
    await store.markSynced({ interviewId: c!, revision: 1 }, receipt(c!, 1));
    const entries = await store.outboxEntries([a!, c!, crypto.randomUUID()]);
    expect(entries).toEqual([expect.objectContaining({ interviewId: a, state: 'queued' }), expect.objectContaining({ interviewId: c, state: 'synced', syncedAt: '2026-03-02T11:00:00.000Z' })]);
  });

  it('names what waits in the queue, and the name changes when a new revision is queued', async () => {
    const store = await freshStore();
    expect(await store.queuedRevisions()).toEqual([]);
    const id = await finishedInterview(store);
    const first = await store.queuedRevisions();
    expect(first).toEqual([expect.stringContaining(id)]);
    await store.markSynced({ interviewId: id, revision: 1 }, receipt(id, 1));
    expect(await store.queuedRevisions()).toEqual([]);
    await store.reopen(id);
    await store.finish(id);
    const second = await store.queuedRevisions();
    expect(second).toEqual([expect.stringContaining(id)]);
    expect(second).not.toEqual(first);
  });

  it('fills a batch from further down the queue when the first rows cannot be sent', async () => {
    const store = await freshStore();
    const others = [makeProfile(), makeProfile()];
    for (const p of others) await store.enqueueProfile(p);
    // A colleague's revisions at the head of the queue are not this operator's to send.
    for (const row of await store.db.outbox.toArray()) await store.db.outbox.put({ ...row, ownerId: 'colleague', keyId: 'colleague-key' });
    const mine = [makeProfile(), makeProfile(), makeProfile()];
    for (const p of mine) await store.enqueueProfile(p);
    expect((await store.nextBatch(2)).map((i) => i.interviewId)).toEqual(mine.slice(0, 2).map((p) => p.interview.id));
  });

  it('erasing an interview removes its outbox row', async () => {
    const store = await freshStore();
    const id = await finishedInterview(store);
    await store.erase(id);
    expect(await store.db.outbox.count()).toBe(0);
  });

  it('keeps the device token sealed under the organisation key', async () => {
    const store = await freshStore();
    await store.setOrganisationSecret('sync.token', 'secret-token-value');
    expect(JSON.stringify(await store.db.settings.toArray())).not.toContain('secret-token-value');
    expect(await store.getOrganisationSecret('sync.token')).toBe('secret-token-value');
  });
});

import { describe, expect, it } from 'vitest';
import type { ProfileDocument } from '../../src/domain/profileDocument';
import type { Receipt } from '../../src/domain/syncContract';
import type { OutboxQueue, SyncRejection } from '../../src/sync/outboxQueue';
import { makeProfile } from '../../server/testing/profileFixture';

export interface OutboxQueueHarness {
  queue: OutboxQueue;
  /** What finishing an interview does: queue this revision of the document. */
  enqueue(profile: ProfileDocument): Promise<void>;
}

const receiptFor = (profile: ProfileDocument): Receipt => ({
  id: profile.interview.id,
  revision: profile.interview.revision,
  contentHash: 'a'.repeat(64),
  receivedAt: '2026-03-02T11:00:00.000Z',
});

const rejection: SyncRejection = { status: 409, code: 'revision_conflict', message: 'conflict', at: '2026-03-02T11:00:00.000Z' };

/**
 * The rules every OutboxQueue implementation must keep (see src/sync/outboxQueue.ts). Run it
 * against the store's implementation: `describeOutboxQueueContract('InterviewStore', async () => ...)`.
 */
export function describeOutboxQueueContract(name: string, makeHarness: () => Promise<OutboxQueueHarness>): void {
  describe(`OutboxQueue contract: ${name}`, () => {
    it('returns queued revisions oldest first, at most `limit`', async () => {
      const { queue, enqueue } = await makeHarness();
      const profiles = [makeProfile(), makeProfile(), makeProfile()];
      for (const p of profiles) await enqueue(p);
      expect((await queue.nextBatch(10)).map((i) => i.interviewId)).toEqual(profiles.map((p) => p.interview.id));
      expect(await queue.nextBatch(2)).toHaveLength(2);
      const [first] = await queue.nextBatch(1);
      expect(first).toMatchObject({ interviewId: profiles[0]!.interview.id, revision: 1 });
      expect(first!.profile.interview.id).toBe(profiles[0]!.interview.id);
    });

    it('keeps one queued revision per interview: a new one replaces an unsent one', async () => {
      const { queue, enqueue } = await makeHarness();
      const id = makeProfile().interview.id;
      await enqueue(makeProfile({ id, revision: 1 }));
      await enqueue(makeProfile({ id, revision: 2 }));
      expect((await queue.nextBatch(10)).map((i) => [i.interviewId, i.revision])).toEqual([[id, 2]]);
    });

    it('takes a revision out of the queue once its receipt is stored, and repeating that is harmless', async () => {
      const { queue, enqueue } = await makeHarness();
      const profile = makeProfile();
      await enqueue(profile);
      await queue.markSynced({ interviewId: profile.interview.id, revision: 1 }, receiptFor(profile));
      await queue.markSynced({ interviewId: profile.interview.id, revision: 1 }, receiptFor(profile));
      expect(await queue.nextBatch(10)).toEqual([]);
    });

    it('leaves a revision finished during the upload queued when the older one is confirmed', async () => {
      const { queue, enqueue } = await makeHarness();
      const id = makeProfile().interview.id;
      const first = makeProfile({ id, revision: 1 });
      await enqueue(first);
      const [sending] = await queue.nextBatch(1);
      await enqueue(makeProfile({ id, revision: 2 }));
      await queue.markSynced(sending!, receiptFor(first));
      expect((await queue.nextBatch(10)).map((i) => i.revision)).toEqual([2]);
    });

    it('takes a quarantined revision out of the queue, but not a newer one queued meanwhile', async () => {
      const { queue, enqueue } = await makeHarness();
      const rejected = makeProfile();
      await enqueue(rejected);
      await queue.markQuarantined({ interviewId: rejected.interview.id, revision: 1 }, rejection);
      await queue.markQuarantined({ interviewId: rejected.interview.id, revision: 1 }, rejection);
      expect(await queue.nextBatch(10)).toEqual([]);

      const id = makeProfile().interview.id;
      await enqueue(makeProfile({ id, revision: 1 }));
      const [sending] = await queue.nextBatch(1);
      await enqueue(makeProfile({ id, revision: 2 }));
      await queue.markQuarantined(sending!, rejection);
      expect((await queue.nextBatch(10)).map((i) => i.revision)).toEqual([2]);
    });

    it('queues an interview again when it is finished again after being synced', async () => {
      const { queue, enqueue } = await makeHarness();
      const id = makeProfile().interview.id;
      const first = makeProfile({ id, revision: 1 });
      await enqueue(first);
      await queue.markSynced({ interviewId: id, revision: 1 }, receiptFor(first));
      await enqueue(makeProfile({ id, revision: 2 }));
      expect((await queue.nextBatch(10)).map((i) => [i.interviewId, i.revision])).toEqual([[id, 2]]);
    });
  });
}

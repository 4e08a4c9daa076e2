import Dexie, { type Table } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ProfileDocument } from '../../../src/domain/profileDocument';
import type { Receipt } from '../../../src/domain/syncContract';
import type { OutboxItem, OutboxKey, OutboxQueue, SyncRejection } from '../../../src/sync/outboxQueue';

/**
 * A minimal OutboxQueue on IndexedDB (fake-indexeddb), following the rules written on the
 * interface: the reference the real store's implementation is held to in these tests.
 */
export interface OutboxRow {
  interviewId: string;
  revision: number;
  profile: ProfileDocument;
  state: 'queued' | 'synced' | 'quarantined';
  queuedAt: number;
  receipt?: Receipt;
  rejection?: SyncRejection;
  /** Receipts of every revision the server confirmed, the last one included. */
  receipts: Receipt[];
}

class OutboxDb extends Dexie {
  outbox!: Table<OutboxRow, string>;
  constructor(name: string) {
    super(name, { indexedDB: new IDBFactory(), IDBKeyRange });
    this.version(1).stores({ outbox: 'interviewId, [state+queuedAt]' });
  }
}

let sequence = 0;

export class DexieOutboxQueue implements OutboxQueue {
  readonly db = new OutboxDb(`outbox-test-${++sequence}`);

  /** Finishing (or re-finishing) an interview: replaces any unsent revision of it. */
  async enqueue(profile: ProfileDocument): Promise<void> {
    await this.db.transaction('rw', this.db.outbox, async () => {
      const existing = await this.db.outbox.get(profile.interview.id);
      await this.db.outbox.put({
        interviewId: profile.interview.id,
        revision: profile.interview.revision,
        profile,
        state: 'queued',
        queuedAt: ++sequence,
        receipts: existing?.receipts ?? [],
      });
    });
  }

  async nextBatch(limit: number): Promise<OutboxItem[]> {
    const rows = await this.db.outbox.where('[state+queuedAt]').between(['queued', Dexie.minKey], ['queued', Dexie.maxKey]).limit(limit).toArray();
    return rows.map(({ interviewId, revision, profile }) => ({ interviewId, revision, profile }));
  }

  async markSynced(key: OutboxKey, receipt: Receipt): Promise<void> {
    await this.db.transaction('rw', this.db.outbox, async () => {
      const row = await this.db.outbox.get(key.interviewId);
      if (!row) return;
      const receipts = row.receipts.some((r) => r.revision === receipt.revision) ? row.receipts : [...row.receipts, receipt];
      if (row.revision === key.revision) await this.db.outbox.put({ ...row, state: 'synced', receipt, receipts });
      else await this.db.outbox.put({ ...row, receipts });
    });
  }

  async markQuarantined(key: OutboxKey, rejection: SyncRejection): Promise<void> {
    await this.db.transaction('rw', this.db.outbox, async () => {
      const row = await this.db.outbox.get(key.interviewId);
      if (row && row.revision === key.revision) await this.db.outbox.put({ ...row, state: 'quarantined', rejection });
    });
  }

  all(): Promise<OutboxRow[]> {
    return this.db.outbox.toArray();
  }

  async byState(state: OutboxRow['state']): Promise<OutboxRow[]> {
    return (await this.all()).filter((r) => r.state === state);
  }
}

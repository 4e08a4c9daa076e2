import Dexie from 'dexie';
import { AppError, summariseIssues } from '../domain/errors';
import type { AuditAction } from '../domain/auditEntry';
import { profileDocumentSchema, type ProfileDocument } from '../domain/profileDocument';
import type { Receipt } from '../domain/syncContract';
import type { OutboxItem, OutboxKey, OutboxQueue, SyncRejection } from '../sync/outboxQueue';
import { nextQueuedAt, outboxContext, outboxRowSchema, rejectionContext, rejectionDetailSchema, type OutboxEntry, type OutboxRow } from './outboxRows';
import type { SkillsProfileDb } from './schema';
import { isSealedInterviewRow, openRecord, sealRecord, writeKeyId, type Keyring } from './sealedRows';

type Audit = (action: AuditAction, interviewId: string, operatorId: string) => Promise<void>;
export type PendingOutboxRow = Omit<OutboxRow, 'receipts' | 'receipt' | 'state' | 'queuedAt'>;

const now = () => new Date().toISOString();

/**
 * The outbox half of the store (InterviewStore delegates to it): finished revisions waiting for
 * the server, kept sealed. Follows the rules of src/sync/outboxQueue.ts: one queued revision per
 * interview, the receipt stored in the transaction that dequeues, nothing deleted on quarantine.
 */
export class OutboxStore implements OutboxQueue {
  constructor(
    private readonly db: SkillsProfileDb,
    private readonly keyring: () => Keyring | undefined,
    private readonly audit: Audit,
  ) {}

  /** Seals a document for the outbox under the interview's key (sealing cannot run inside an IndexedDB transaction). */
  async seal(doc: ProfileDocument, owner: { ownerId: string; keyId: string }): Promise<PendingOutboxRow> {
    const { id, revision } = doc.interview;
    if (revision < 1) throw new AppError('errors.saveFailed', { details: 'revision' });
    return { interviewId: id, revision, ownerId: owner.ownerId, keyId: owner.keyId, profile: await sealRecord(this.keys(), owner.keyId, doc, outboxContext(id, revision)) };
  }

  /** Inside a transaction over `outbox`: queues a revision, replacing an unsent one and keeping the receipts. */
  async putQueued(pending: PendingOutboxRow): Promise<void> {
    const existing = outboxRowSchema.safeParse(await this.db.outbox.get(pending.interviewId));
    const receipts = existing.success ? existing.data.receipts : [];
    await this.db.outbox.put({ ...pending, state: 'queued', queuedAt: nextQueuedAt(), receipts });
  }

  /** Queues a whole document as it is (the same as finishing it): under its interview's key if the device holds it. */
  async enqueue(doc: ProfileDocument): Promise<void> {
    const keys = this.keys();
    const row = await this.db.interviews.get(doc.interview.id);
    const owner = row && isSealedInterviewRow(row) ? { ownerId: row.ownerId, keyId: row.keyId } : { ownerId: keys.operatorId, keyId: writeKeyId(keys) };
    const pending = await this.seal(profileDocumentSchema.parse(doc), owner);
    await this.db.transaction('rw', this.db.outbox, () => this.putQueued(pending));
  }

  async nextBatch(limit: number): Promise<OutboxItem[]> {
    const keys = this.keys();
    const items: OutboxItem[] = [];
    // Ids in queue order first, then the sealed rows a batch at a time: a long queue is not read whole for each batch.
    const queuedIds = await this.queued().primaryKeys();
    for (let at = 0; at < queuedIds.length && items.length < limit; at += limit) {
      const raws = (await this.db.outbox.bulkGet(queuedIds.slice(at, at + limit))).filter((r) => r !== undefined);
      items.push(...(await this.openQueued(raws, keys, limit - items.length)));
    }
    return items;
  }

  /** Up to `limit` sendable items of these rows; one whose document fails to open is quarantined, never sent. */
  private async openQueued(raws: unknown[], keys: Keyring, limit: number): Promise<OutboxItem[]> {
    const items: OutboxItem[] = [];
    for (const raw of raws) {
      if (items.length >= limit) break;
      const row = outboxRowSchema.safeParse(raw);
      // A damaged row is left where it is (never dropped) and not sent; one synced since its id was read is done.
      if (!row.success || row.data.state !== 'queued' || !this.visible(row.data, keys)) continue;
      const { interviewId, revision } = row.data;
      const profile = await this.openProfile(row.data).catch((error: unknown) => error as Error);
      if (profile instanceof Error) {
        await this.markQuarantined({ interviewId, revision }, { status: 0, code: 'invalid_document', message: profile.message, at: now() });
        continue;
      }
      items.push({ interviewId, revision, profile });
    }
    return items;
  }

  async markSynced(key: OutboxKey, receipt: Receipt): Promise<void> {
    const operatorId = this.keyring()?.operatorId ?? 'device';
    await this.db.transaction('rw', this.db.outbox, this.db.interviews, this.db.audit, async () => {
      const row = outboxRowSchema.safeParse(await this.db.outbox.get(key.interviewId));
      if (!row.success) return;
      const known = row.data.receipts.some((r) => r.revision === receipt.revision);
      const receipts = known ? row.data.receipts : [...row.data.receipts, receipt];
      if (row.data.revision !== key.revision) {
        // A newer revision was finished during the upload: it stays queued, the older receipt is kept.
        await this.db.outbox.put({ ...row.data, receipts });
        return;
      }
      if (row.data.state === 'synced' && known) return;
      const { rejection: _r, rejectionDetail: _d, ...rest } = row.data;
      await this.db.outbox.put({ ...rest, state: 'synced', receipt, receipts });
      // Retention counts from here, but only for the finished revision that was sent (not a draft reopened since).
      const interview = await this.db.interviews.get(key.interviewId);
      if (interview && interview.status === 'finished') await this.db.interviews.put({ ...interview, syncedAt: now() });
      await this.audit('synced', key.interviewId, operatorId);
    });
  }

  async markQuarantined(key: OutboxKey, rejection: SyncRejection): Promise<void> {
    const raw = await this.db.outbox.get(key.interviewId);
    const parsed = outboxRowSchema.safeParse(raw);
    const keys = this.keyring();
    const detail = { message: rejection.message, ...(rejection.issues ? { issues: rejection.issues } : {}) };
    const sealedDetail = parsed.success && keys?.keys.has(parsed.data.keyId) ? await sealRecord(keys, parsed.data.keyId, detail, rejectionContext(key.interviewId, key.revision)) : undefined;
    await this.db.transaction('rw', this.db.outbox, async () => {
      const row = outboxRowSchema.safeParse(await this.db.outbox.get(key.interviewId));
      if (!row.success || row.data.revision !== key.revision || row.data.state === 'synced') return;
      const next: OutboxRow = { ...row.data, state: 'quarantined', rejection: { status: rejection.status, code: rejection.code, at: rejection.at } };
      if (sealedDetail) next.rejectionDetail = sealedDetail;
      else delete next.rejectionDetail;
      await this.db.outbox.put(next);
    });
  }

  /** "Resend" after review: a quarantined revision goes back to the end of the queue; its rejection is forgotten. */
  async requeue(interviewId: string): Promise<void> {
    const keys = this.keys();
    await this.db.transaction('rw', this.db.outbox, async () => {
      const row = outboxRowSchema.safeParse(await this.db.outbox.get(interviewId));
      if (!row.success || !this.visible(row.data, keys)) throw new AppError('errors.interviewNotFound');
      if (row.data.state !== 'quarantined') return;
      const { rejection: _r, rejectionDetail: _d, ...rest } = row.data;
      await this.db.outbox.put({ ...rest, state: 'queued', queuedAt: nextQueuedAt() });
    });
  }

  /**
   * The outbox state of the given interviews (or of all) that this operator may see, rejection
   * details opened. Rows keep the sealed document after it is synced, until retention removes it,
   * so the list asks for the interviews it shows rather than reading every document on the device.
   */
  async entries(interviewIds?: readonly string[]): Promise<OutboxEntry[]> {
    const keys = this.keys();
    const raws = interviewIds ? await this.db.outbox.bulkGet([...interviewIds]) : await this.db.outbox.toArray();
    const entries: OutboxEntry[] = [];
    for (const raw of raws) {
      if (raw === undefined) continue;
      const parsed = outboxRowSchema.safeParse(raw);
      if (!parsed.success || !this.visible(parsed.data, keys)) continue;
      const row = parsed.data;
      const entry: OutboxEntry = { interviewId: row.interviewId, revision: row.revision, state: row.state, queuedAt: new Date(row.queuedAt).toISOString() };
      const last = row.receipts.at(-1);
      if (last) entry.syncedAt = last.receivedAt;
      if (row.rejection) entry.rejection = { ...row.rejection, ...(await this.openDetail(row)) };
      entries.push(entry);
    }
    return entries;
  }

  /**
   * One string per queued revision (interview id and queue time), read from the queue's index
   * alone: tells "something new is waiting" without opening a row. Colleagues' rows are included;
   * the sync engine only sends what this operator may.
   */
  async queuedRevisions(): Promise<string[]> {
    const [ids, keys] = await this.db.transaction('r', this.db.outbox, () => Promise.all([this.queued().primaryKeys(), this.queued().keys()]));
    return ids.map((id, i) => `${id}@${String((keys[i] as unknown[])[1])}`);
  }

  /** The document held in the outbox (e.g. a quarantined one, for export). */
  async document(interviewId: string): Promise<ProfileDocument> {
    const row = outboxRowSchema.safeParse(await this.db.outbox.get(interviewId));
    if (!row.success || !this.visible(row.data, this.keys())) throw new AppError('errors.interviewNotFound');
    return this.openProfile(row.data);
  }

  private async openProfile(row: OutboxRow): Promise<ProfileDocument> {
    const plain = await openRecord(this.keys(), row.keyId, row.profile, outboxContext(row.interviewId, row.revision));
    const doc = profileDocumentSchema.safeParse(plain);
    if (!doc.success) throw new AppError('errors.importInvalid', { details: summariseIssues(doc.error) });
    if (doc.data.interview.id !== row.interviewId || doc.data.interview.revision !== row.revision) throw new AppError('errors.importInvalid', { details: 'id or revision' });
    return doc.data;
  }

  private async openDetail(row: OutboxRow) {
    if (!row.rejectionDetail) return {};
    try {
      const parsed = rejectionDetailSchema.safeParse(await openRecord(this.keys(), row.keyId, row.rejectionDetail, rejectionContext(row.interviewId, row.revision)));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  /** The queued rows in queue order, by the [state+queuedAt] index. */
  private queued() {
    return this.db.outbox.where('[state+queuedAt]').between(['queued', Dexie.minKey], ['queued', Dexie.maxKey]);
  }

  private keys(): Keyring {
    const keys = this.keyring();
    if (!keys) throw new AppError('security:errors.locked');
    return keys;
  }

  /** Same rule as the interview list: own rows, or the organisation's when it shares. */
  private visible(row: OutboxRow, keys: Keyring): boolean {
    if (!keys.keys.has(row.keyId)) return false;
    return row.ownerId === keys.operatorId || (keys.shareWithOrganisation && row.keyId === keys.sharedKeyId);
  }
}

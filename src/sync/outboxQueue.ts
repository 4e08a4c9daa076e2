import type { ProfileDocument } from '../domain/profileDocument';
import type { ApiIssue, Receipt } from '../domain/syncContract';

/** Identifies one revision of one interview in the outbox. */
export interface OutboxKey {
  interviewId: string;
  revision: number;
}

/** A finished revision waiting for the server, with the document exactly as it will be sent. */
export interface OutboxItem extends OutboxKey {
  profile: ProfileDocument;
}

/** Why a revision was moved to quarantine: the server's answer, or a local check that failed. */
export interface SyncRejection {
  /** HTTP status, or 0 when the device itself refused to send (invalid document). */
  status: number;
  /** The server's stable error code (`validation_failed`, `revision_conflict`, ...) or a local one (`invalid_document`, `receipt_mismatch`). */
  code: string;
  message: string;
  issues?: ApiIssue[];
  at: string;
}

/**
 * What the sync engine needs from the device's store. The store implements it (in IndexedDB,
 * one transaction per call); the engine never touches storage itself.
 *
 * Rules the implementation must keep:
 * - at most one queued revision per interview: queuing a new revision replaces an unsent older one;
 * - `markSynced` stores the receipt in the same transaction that takes the item out of the queue,
 *   and only takes it out if the queued revision is still `key.revision` (an edit finished during
 *   the upload stays queued);
 * - `markQuarantined` keeps the document and the rejection so the operator can review, fix and
 *   resend, or export it; nothing is deleted;
 * - every call is idempotent: the engine may repeat one after a crash.
 */
export interface OutboxQueue {
  /** Queued revisions, oldest first, at most `limit`. Quarantined and synced ones are not returned. */
  nextBatch(limit: number): Promise<OutboxItem[]>;
  markSynced(key: OutboxKey, receipt: Receipt): Promise<void>;
  markQuarantined(key: OutboxKey, rejection: SyncRejection): Promise<void>;
}

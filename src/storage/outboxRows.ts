import * as z from 'zod/mini';
import { idSchema, isoDateTimeSchema } from '../domain/codes';
import { apiIssueSchema, receiptSchema } from '../domain/syncContract';
import { envelopeSchema } from '../security/crypto';

export const OUTBOX_STATES = ['queued', 'synced', 'quarantined'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/**
 * The server's stable code, status and time stay in clear for lists; its message and issue paths
 * are sealed with the profile's key (a server message could quote what was sent).
 */
export const outboxRejectionClearSchema = z.object({ status: z.int().check(z.minimum(0), z.maximum(599)), code: z.string().check(z.minLength(1), z.maxLength(100)), at: isoDateTimeSchema });
export const rejectionDetailSchema = z.object({ message: z.string().check(z.maxLength(2_000)), issues: z.optional(z.array(apiIssueSchema).check(z.maxLength(500))) });

/**
 * One interview's place in the outbox. Only ids, state, times and receipts (hashes) are in clear;
 * the document to send is sealed under the interview's key (context `outbox:<id>:<revision>`).
 */
export const outboxRowSchema = z.object({
  interviewId: idSchema,
  revision: z.int().check(z.minimum(1)),
  ownerId: z.string().check(z.minLength(1), z.maxLength(100)),
  keyId: z.string().check(z.minLength(1), z.maxLength(100)),
  state: z.enum(OUTBOX_STATES),
  /** Milliseconds since 1970, strictly increasing per tab: the queue's order. */
  queuedAt: z.number(),
  profile: envelopeSchema,
  receipt: z.optional(receiptSchema),
  /** Receipts of every revision the server confirmed, the last one included. */
  receipts: z.array(receiptSchema),
  rejection: z.optional(outboxRejectionClearSchema),
  rejectionDetail: z.optional(envelopeSchema),
});
export type OutboxRow = z.infer<typeof outboxRowSchema>;

/** What the list shows for one interview, opened for the signed-in operator. */
export interface OutboxEntry {
  interviewId: string;
  revision: number;
  state: OutboxState;
  queuedAt: string;
  /** When the server stored the last confirmed revision (its receipt's time). */
  syncedAt?: string;
  rejection?: z.infer<typeof outboxRejectionClearSchema> & Partial<z.infer<typeof rejectionDetailSchema>>;
}

export const outboxContext = (interviewId: string, revision: number) => `outbox:${interviewId}:${revision}`;
export const rejectionContext = (interviewId: string, revision: number) => `outbox-rejection:${interviewId}:${revision}`;

let lastQueuedAt = 0;
/** Date.now(), nudged forward so two items queued in the same millisecond keep their order. */
export function nextQueuedAt(): number {
  lastQueuedAt = Math.max(Date.now(), lastQueuedAt + 1);
  return lastQueuedAt;
}

import * as z from 'zod/mini';
import { idSchema, isoDateTimeSchema } from './codes';

/**
 * One line of the device's audit trail: who did what to which interview, when. Ids only —
 * never a name, an answer or any other personal content — so the log can be kept in clear and
 * sent with sync.
 */
export const AUDIT_ACTIONS = ['created', 'opened', 'changed', 'finished', 'reopened', 'exported', 'imported', 'synced', 'erased', 'expired'] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditEntrySchema = z.object({
  /** Position in the device's log; increases with every entry and is never reused. */
  seq: z.int().check(z.minimum(1)),
  at: isoDateTimeSchema,
  /** Local operator account id, or `device` for automatic retention. */
  operatorId: z.string().check(z.minLength(1), z.maxLength(100)),
  action: auditActionSchema,
  interviewId: idSchema,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Most entries one upload may carry; the device sends the rest in further requests. */
export const MAX_AUDIT_BATCH = 1_000;

/** Body of `POST /api/v1/audit`: entries of one device, in `seq` order. Re-sending an entry is harmless. */
export const auditUploadBodySchema = z.object({
  // Strict: a field beyond the ids (a name, a note) is refused rather than silently dropped.
  entries: z.array(z.strictObject(auditEntrySchema.shape)).check(z.minLength(1), z.maxLength(MAX_AUDIT_BATCH)),
});
export type AuditUploadBody = z.infer<typeof auditUploadBodySchema>;

/** The server's answer: the device may mark everything up to `throughSeq` as sent. */
export const auditReceiptSchema = z.object({
  received: z.int().check(z.minimum(0)),
  throughSeq: z.int().check(z.minimum(1)),
});
export type AuditReceipt = z.infer<typeof auditReceiptSchema>;

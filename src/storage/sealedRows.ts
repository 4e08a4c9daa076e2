import * as z from 'zod/mini';
import { AppError } from '../domain/errors';
import { idSchema, isoDateTimeSchema } from '../domain/codes';
import { interviewStatusSchema } from '../domain/interview';
import { envelopeSchema, openJson, sealJson, type Envelope } from '../security/crypto';

/**
 * The keys of the operator who unlocked the device, as the store uses them. `keys` maps a key id
 * (`op:<operator>` for the personal key, `org:<id>` for the organisation's shared key) to a
 * non-extractable AES-GCM key; every sealed row names the key it was sealed with.
 */
export interface Keyring {
  operatorId: string;
  operatorKeyId: string;
  sharedKeyId: string;
  keys: ReadonlyMap<string, CryptoKey>;
  /** The organisation's configuration: new interviews are sealed under the shared key and colleagues see them. */
  shareWithOrganisation: boolean;
}

export function writeKeyId(keys: Keyring): string {
  return keys.shareWithOrganisation ? keys.sharedKeyId : keys.operatorKeyId;
}

/** An interview as stored: what lists need in clear, the whole interview (with its display name) sealed. */
export const sealedInterviewRowSchema = z.object({
  id: idSchema,
  ownerId: z.string().check(z.minLength(1), z.maxLength(100)),
  keyId: z.string().check(z.minLength(1), z.maxLength(100)),
  status: interviewStatusSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  syncedAt: z.optional(isoDateTimeSchema),
  sealed: envelopeSchema,
});
export type SealedInterviewRow = z.infer<typeof sealedInterviewRowSchema>;

export const sealedAnswerRowSchema = z.object({
  interviewId: idSchema,
  path: z.string().check(z.minLength(1), z.maxLength(200)),
  sealed: envelopeSchema,
});
export type SealedAnswerRow = z.infer<typeof sealedAnswerRowSchema>;

export function isSealedInterviewRow(row: Record<string, unknown>): row is SealedInterviewRow {
  return typeof row.sealed === 'object' && row.sealed !== null && typeof row.keyId === 'string' && typeof row.ownerId === 'string';
}

function keyFor(keys: Keyring, keyId: string): CryptoKey {
  const key = keys.keys.get(keyId);
  if (!key) throw new AppError('security:errors.noKey');
  return key;
}

export function sealRecord(keys: Keyring, keyId: string, value: unknown, context: string): Promise<Envelope> {
  return sealJson(keyFor(keys, keyId), value, context);
}

export function openRecord(keys: Keyring, keyId: string, envelope: Envelope, context: string): Promise<unknown> {
  return openJson(keyFor(keys, keyId), envelope, context);
}

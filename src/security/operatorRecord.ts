import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../domain/codes';
import { envelopeSchema, wrappedKeySchema } from './crypto';

export const MAX_PIN_ATTEMPTS = 5;

/**
 * A local operator account as stored on the device. Name and organisation stay in clear so the
 * lock screen can offer the account; the data key exists only wrapped (by the passphrase and by
 * the PIN), and the organisation's shared key only sealed under the data key.
 */
export const operatorRecordSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(100),
  organisation: z.string().trim().min(1).max(100),
  createdAt: isoDateTimeSchema,
  passphraseKey: wrappedKeySchema,
  /** Removed after too many wrong PINs, so the PIN cannot unlock anything until a passphrase unlock sets a new one. */
  pinKey: wrappedKeySchema.nullable(),
  failedPinAttempts: z.number().int().min(0),
  /** Id of the organisation key this operator holds (shared interviews are sealed under it). */
  orgKeyId: z.string().min(1).max(100),
  orgKey: envelopeSchema,
});
export type OperatorRecord = z.infer<typeof operatorRecordSchema>;

import * as z from 'zod/mini';
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
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  organisation: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  createdAt: isoDateTimeSchema,
  passphraseKey: wrappedKeySchema,
  /** Removed after too many wrong PINs, so the PIN cannot unlock anything until a passphrase unlock sets a new one. */
  pinKey: z.nullable(wrappedKeySchema),
  failedPinAttempts: z.int().check(z.minimum(0)),
  /** Id of the organisation key this operator holds (shared interviews are sealed under it). */
  orgKeyId: z.string().check(z.minLength(1), z.maxLength(100)),
  orgKey: envelopeSchema,
});
export type OperatorRecord = z.infer<typeof operatorRecordSchema>;

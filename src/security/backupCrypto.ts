import * as z from 'zod/mini';
import { AppError } from '../domain/errors';
import { refuseNewerFormat } from '../domain/formatVersion';
import { deriveKey, envelopeSchema, kdfParamsSchema, newKdfParams, openJson, PBKDF2_ITERATIONS, sealJson } from './crypto';
import { validatePassphrase } from './operatorVault';

/**
 * A backup file leaves the device (downloads folder, USB stick, e-mail), so its contents are
 * sealed under a passphrase chosen when it is written: AES-GCM with a key from PBKDF2-SHA256.
 * Only the format marker and the key-derivation parameters are in clear.
 */
export const SEALED_BACKUP_FORMAT = 'skills-profile-backup-sealed';
const SEALED_BACKUP_FORMAT_VERSION = 1;
const CONTEXT = 'backup:v1';

export const sealedBackupSchema = z.object({
  format: z.literal(SEALED_BACKUP_FORMAT),
  formatVersion: z.literal(SEALED_BACKUP_FORMAT_VERSION),
  kdf: kdfParamsSchema,
  sealed: envelopeSchema,
});
export type SealedBackup = z.infer<typeof sealedBackupSchema>;

export function isSealedBackup(input: unknown): boolean {
  return typeof input === 'object' && input !== null && (input as { format?: unknown }).format === SEALED_BACKUP_FORMAT;
}

export async function sealBackup(content: unknown, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<SealedBackup> {
  validatePassphrase(passphrase);
  const kdf = newKdfParams(iterations);
  return { format: SEALED_BACKUP_FORMAT, formatVersion: SEALED_BACKUP_FORMAT_VERSION, kdf, sealed: await sealJson(await deriveKey(passphrase, kdf), content, CONTEXT) };
}

/** Returns the backup's contents for the backup module to validate; a wrong passphrase and a changed file fail alike. */
export async function openBackup(input: unknown, passphrase: string): Promise<unknown> {
  refuseNewerFormat(input, SEALED_BACKUP_FORMAT, SEALED_BACKUP_FORMAT_VERSION);
  const parsed = sealedBackupSchema.safeParse(input);
  if (!parsed.success) throw new AppError('security:errors.backupInvalid');
  try {
    return await openJson(await deriveKey(passphrase, parsed.data.kdf), parsed.data.sealed, CONTEXT);
  } catch {
    throw new AppError('security:errors.backupPassphrase');
  }
}

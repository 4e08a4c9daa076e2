import * as z from 'zod/mini';
import { isoDateTimeSchema } from './codes';

export const BACKUP_FORMAT = 'eu-spt-backup';
export const BACKUP_FORMAT_VERSION = 1;

/**
 * Every interview of a device in one file, for a tablet that cannot sync for a long time. The
 * envelope is checked as a whole; each document is an interview export (profileDocumentSchema)
 * checked on its own, so that one damaged interview does not keep the others from being restored.
 */
export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: isoDateTimeSchema,
  appVersion: z.string().check(z.maxLength(100)),
  documents: z.array(z.unknown()).check(z.maxLength(100_000)),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

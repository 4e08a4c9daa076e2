import { AppError } from './errors';

/**
 * Files this app writes name their format and its version. A file from a newer app has a higher
 * version: the operator has to update the app, which "not a valid file" would not tell them.
 * Throws `errors.importNewerFormat` for such a file; anything else is left to the file's schema.
 */
export function refuseNewerFormat(input: unknown, format: string, supported: number): void {
  if (typeof input !== 'object' || input === null) return;
  const { format: name, formatVersion: version } = input as { format?: unknown; formatVersion?: unknown };
  if (name === format && typeof version === 'number' && Number.isInteger(version) && version > supported) {
    throw new AppError('errors.importNewerFormat', { version });
  }
}

import type { TFunction } from 'i18next';
import type { OutboxEntry } from '../../storage/outboxRows';
import { formatDateTime } from '../common/dateTime';

/** Codes the server and the engine use for a rejection; anything else shows the generic text. */
const KNOWN_REASONS = new Set([
  'validation_failed',
  'revision_conflict',
  'stale_revision',
  'erased',
  'payload_too_large',
  'unsupported_media_type',
  'invalid_document',
  'receipt_mismatch',
  'invalid_json',
  'not_found',
]);

export function reasonText(t: TFunction, rejection: NonNullable<OutboxEntry['rejection']>): string {
  return KNOWN_REASONS.has(rejection.code) ? t(`sync:reason.${rejection.code}`) : t('sync:reason.other', { code: rejection.code });
}

/** Server issue messages are either keys of this namespace (`sync.idMismatch`) or the validator's own words. */
export function issueText(t: TFunction, message: string): string {
  if (message.startsWith('sync.')) return t(`sync:issue.${message.slice('sync.'.length)}`, { defaultValue: message });
  return message;
}

export function formatWhen(language: string, iso: string | undefined): string | undefined {
  if (!iso || Number.isNaN(Date.parse(iso))) return undefined;
  return formatDateTime(language, new Date(iso));
}

import type { TFunction } from 'i18next';
import type { Interview } from '../../domain/interview';
import type { OutboxEntry } from '../../storage/outboxRows';
import { QuarantinedRevision } from './QuarantinedRevision';
import { formatWhen } from './syncText';
import './sync.css';

interface Props {
  interview: Interview;
  name: string;
  /** Null when the interview has none, undefined while it is being read. */
  entry: OutboxEntry | null | undefined;
  /** The `sync` texts' translator of the list, and its language. */
  t: TFunction;
  language: string;
}

/** One interview's way to the server: queued, synced with date, or refused with the server's reason and what to do. */
export function OutboxStatus({ interview, name, entry, t, language }: Props) {
  // Not "not queued" for the moment the row is read: that would be wrong for nearly every finished one.
  if (entry === undefined) return null;
  if (entry === null) return interview.status === 'finished' ? <span className="sync-state sync-state-finished">{t('state.notQueued')}</span> : null;
  if (entry.state === 'queued') return <span className="sync-state sync-state-queued">{t('state.queued')}</span>;
  if (entry.state === 'synced') {
    return <span className="sync-state sync-state-synced">{t('state.synced', { date: formatWhen(language, entry.syncedAt) ?? '' })}</span>;
  }
  return <QuarantinedRevision interviewId={interview.id} name={name} rejection={entry.rejection} />;
}

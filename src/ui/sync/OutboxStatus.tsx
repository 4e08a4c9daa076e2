import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/route';
import { useServices } from '../../app/ServicesContext';
import { useOutboxEntry, useResend } from '../../app/useSync';
import type { Interview } from '../../domain/interview';
import { downloadJson } from '../list/download';
import { formatWhen, issueText, reasonText } from './syncText';
import './sync.css';

/** One interview's way to the server: queued, synced with date, or refused with the server's reason and what to do. */
export function OutboxStatus({ interview, name }: { interview: Interview; name: string }) {
  const { t, i18n } = useTranslation('sync');
  const { store } = useServices();
  const { data: entry, isPending } = useOutboxEntry(interview.id);
  const resend = useResend();
  // Not "not queued" for the moment the row is read: that would be wrong for nearly every finished one.
  if (isPending) return null;
  if (!entry) return interview.status === 'finished' ? <span className="sync-state sync-state-finished">{t('state.notQueued')}</span> : null;

  if (entry.state === 'queued') return <span className="sync-state sync-state-queued">{t('state.queued')}</span>;
  if (entry.state === 'synced') {
    return <span className="sync-state sync-state-synced">{t('state.synced', { date: formatWhen(i18n.language, entry.syncedAt) ?? '' })}</span>;
  }
  const rejection = entry.rejection;
  return (
    <div className="sync-quarantine" role="group" aria-label={t('quarantine.label', { name })}>
      <p className="sync-state sync-state-quarantined">
        {t('state.quarantined')} {rejection ? reasonText(t, rejection) : ''}
      </p>
      {rejection?.issues && rejection.issues.length > 0 && (
        <ul className="sync-issues">
          {rejection.issues.slice(0, 10).map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path}</code> {issueText(t, issue.message)}
            </li>
          ))}
        </ul>
      )}
      <div className="row-actions">
        <a className="button secondary" href={hrefFor({ name: 'finish', id: interview.id })} aria-label={t('quarantine.reviewNamed', { name })}>
          {t('quarantine.review')}
        </a>
        <button type="button" className="secondary" disabled={resend.isPending} aria-label={t('quarantine.resendNamed', { name })} onClick={() => resend.mutate(interview.id)}>
          {t('quarantine.resend')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-label={t('quarantine.exportNamed', { name })}
          onClick={() => void store.exportQueued(interview.id).then((doc) => downloadJson(doc, `interview-${interview.id}-r${doc.interview.revision}.json`))}
        >
          {t('quarantine.export')}
        </button>
      </div>
    </div>
  );
}

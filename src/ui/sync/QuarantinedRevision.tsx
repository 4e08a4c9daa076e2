import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/route';
import { useServices } from '../../app/ServicesContext';
import { useResend } from '../../app/useSync';
import type { OutboxEntry } from '../../storage/outboxRows';
import { downloadJson } from '../list/download';
import { issueText, reasonText } from './syncText';

/** A revision the server refused: its reason and issues, and the ways out (review, send again, export). Only such rows pay for the resend mutation. */
export function QuarantinedRevision({ interviewId, name, rejection }: { interviewId: string; name: string; rejection: OutboxEntry['rejection'] }) {
  const { t } = useTranslation('sync');
  const { store } = useServices();
  const resend = useResend();
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
        <a className="button secondary" href={hrefFor({ name: 'finish', id: interviewId })} aria-label={t('quarantine.reviewNamed', { name })}>
          {t('quarantine.review')}
        </a>
        <button type="button" className="secondary" disabled={resend.isPending} aria-label={t('quarantine.resendNamed', { name })} onClick={() => resend.mutate(interviewId)}>
          {t('quarantine.resend')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-label={t('quarantine.exportNamed', { name })}
          onClick={() => void store.exportQueued(interviewId).then((doc) => downloadJson(doc, `interview-${interviewId}-r${doc.interview.revision}.json`))}
        >
          {t('quarantine.export')}
        </button>
      </div>
    </div>
  );
}

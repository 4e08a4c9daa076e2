import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/route';
import { useSyncNow, useSyncQueryInvalidation, useSyncSettings, useSyncStatus, useSyncWhenQueued } from '../../app/useSync';
import { formatWhen } from './syncText';
import './sync.css';

/** On the list: what sync is doing, when it last reached the server, and "Sync now". */
export function SyncPanel() {
  const { t, i18n } = useTranslation('sync');
  useSyncQueryInvalidation();
  useSyncWhenQueued();
  const status = useSyncStatus();
  const settings = useSyncSettings().data;
  const syncNow = useSyncNow();
  const last = formatWhen(i18n.language, status.lastSuccessAt ?? settings?.lastSuccessAt);
  const needsEnrolment = status.phase === 'needs_enrolment' || (settings?.needsEnrolment ?? false);
  const notEnrolled = settings ? !settings.enrolled : false;
  return (
    <section aria-labelledby="sync-title" className="card sync-panel">
      <h2 id="sync-title">{t('panel.title')}</h2>
      {needsEnrolment ? (
        <p role="alert" className="error">
          {t('panel.reenrol')} <a href={hrefFor({ name: 'settings' })}>{t('panel.openSettings')}</a>
        </p>
      ) : notEnrolled ? (
        <p>
          {t('panel.notEnrolled')} <a href={hrefFor({ name: 'settings' })}>{t('panel.openSettings')}</a>
        </p>
      ) : (
        <p role="status" className="sync-phase" data-phase={status.phase}>
          {t(`phase.${status.phase}`, { date: formatWhen(i18n.language, status.nextAttemptAt) ?? '' })}
        </p>
      )}
      <p className="sync-last">{last ? t('panel.lastSync', { date: last }) : t('panel.neverSynced')}</p>
      <div className="row-actions">
        <button type="button" disabled={notEnrolled} aria-disabled={status.phase === 'syncing' || undefined} onClick={() => status.phase !== 'syncing' && syncNow.mutate()}>
          {t('panel.syncNow')}
        </button>
        <a className="button secondary" href={hrefFor({ name: 'settings' })}>
          {t('settings.link')}
        </a>
      </div>
    </section>
  );
}

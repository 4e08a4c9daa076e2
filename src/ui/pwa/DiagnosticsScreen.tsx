import { useTranslation } from 'react-i18next';
import { useInterviewCounts } from '../../app/queries';
import { hrefFor } from '../../app/route';
import { usePersistence, useServiceWorker, useStorageEstimate } from '../../pwa/hooks';
import { APP_VERSION } from '../../pwa/version';
import { LATEST_SCHEMA_VERSION } from '../../storage/schema';
import { BackupPanel } from './BackupPanel';
import { formatBytes } from './formatBytes';
import { OfflineLanguagesPanel } from './OfflineLanguagesPanel';
import './pwa.css';

const PERSISTENCE_LABEL = { granted: 'screen.persistenceGranted', 'not-granted': 'screen.persistenceNotGranted', unsupported: 'screen.persistenceUnsupported' } as const;

/** What support asks first: is the data safe here, how full is the device, which version runs. */
export function DiagnosticsScreen() {
  const { t, i18n } = useTranslation('diagnostics');
  const { t: tApp } = useTranslation('app');
  // Counted from clear fields: nothing is decrypted (a tablet may hold thousands of interviews).
  const list = useInterviewCounts();
  const sw = useServiceWorker();
  const estimate = useStorageEstimate();
  const persistence = usePersistence();
  const counts = Object.entries(list.data?.byStatus ?? {}).filter(([, n]) => n > 0);

  const usage =
    estimate.usage !== undefined && estimate.quota
      ? t('screen.usageValue', {
          used: formatBytes(estimate.usage, i18n.language),
          quota: formatBytes(estimate.quota, i18n.language),
          percent: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format((estimate.usage / estimate.quota) * 100),
        })
      : t('screen.unknown');

  return (
    <main id="main" className="screen diagnostics-screen">
      <header className="app-header">
        <a href={hrefFor({ name: 'list' })} className="link-target">
          {t('screen.back')}
        </a>
        <h1>{t('screen.title')}</h1>
      </header>
      <section className="card" aria-labelledby="diagnostics-summary">
        <h2 id="diagnostics-summary">{t('screen.summary')}</h2>
        <dl className="diagnostics-list">
          <dt>{t('screen.persistence')}</dt>
          <dd data-testid="diag-persistence">{persistence.state ? t(PERSISTENCE_LABEL[persistence.state]) : '…'}</dd>
          <dt>{t('screen.usage')}</dt>
          <dd data-testid="diag-usage">{usage}</dd>
          <dt>{t('screen.appVersion')}</dt>
          <dd data-testid="diag-app-version">{APP_VERSION}</dd>
          <dt>{t('screen.dbVersion')}</dt>
          <dd data-testid="diag-db-version">{LATEST_SCHEMA_VERSION}</dd>
          <dt>{t('screen.offline')}</dt>
          <dd data-testid="diag-offline">
            {sw.offlineReady ? t('screen.offlineYes') : t('screen.offlineNo')}
            {sw.updateWaiting && ` · ${t('screen.updateWaiting')}`}
          </dd>
        </dl>
        {persistence.state === 'not-granted' && (
          <div className="pwa-actions">
            <button type="button" className="secondary" onClick={() => void persistence.request().then(estimate.refresh)}>
              {t('screen.requestPersistence')}
            </button>
          </div>
        )}
        <h3>{t('screen.counts')}</h3>
        <dl className="diagnostics-list" data-testid="diag-counts">
          {counts.map(([status, n]) => (
            <div key={status} style={{ display: 'contents' }}>
              <dt>{tApp(`status.${status}`)}</dt>
              <dd data-status={status}>{n}</dd>
            </div>
          ))}
          <dt>{t('screen.total')}</dt>
          <dd data-status="total">{list.data?.total ?? '…'}</dd>
        </dl>
      </section>
      <OfflineLanguagesPanel />
      <BackupPanel />
    </main>
  );
}

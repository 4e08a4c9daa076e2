import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/route';
import { useEnrol, useSyncQueryInvalidation, useSyncSettings, useSyncStatus } from '../../app/useSync';
import { errorText } from '../security/errorText';
import { formatWhen } from './syncText';
import './sync.css';

/** Enrols the device with the organisation's server (URL and device token) and shows the last sync. */
export function SyncSettingsScreen() {
  const { t, i18n } = useTranslation('sync');
  const id = useId();
  useSyncQueryInvalidation();
  const settings = useSyncSettings().data;
  const status = useSyncStatus();
  const enrol = useEnrol();
  const [serverUrl, setServerUrl] = useState<string | undefined>();
  const [token, setToken] = useState('');
  const [saved, setSaved] = useState(false);
  // The server that served the app is the usual one: start from the page's origin.
  useEffect(() => {
    if (settings && serverUrl === undefined) setServerUrl(settings.serverUrl || window.location.origin);
  }, [settings, serverUrl]);

  const lastRun = status.lastRun ?? settings?.lastRun;
  const last = formatWhen(i18n.language, status.lastSuccessAt ?? settings?.lastSuccessAt);
  const needsEnrolment = status.phase === 'needs_enrolment' || (settings?.needsEnrolment ?? false);
  return (
    <main id="main" className="screen sync-settings">
      <p>
        <a href={hrefFor({ name: 'list' })} className="link-target">
          {t('settings.back')}
        </a>
      </p>
      <h1>{t('settings.title')}</h1>
      {needsEnrolment && (
        <p role="alert" className="error">
          {t('panel.reenrol')}
        </p>
      )}
      <section className="card" aria-labelledby={`${id}-state`}>
        <h2 id={`${id}-state`}>{t('settings.stateTitle')}</h2>
        <p data-testid="sync-enrolment">{settings?.enrolled ? t('settings.enrolled', { url: settings.serverUrl || window.location.origin }) : t('panel.notEnrolled')}</p>
        <p>{last ? t('panel.lastSync', { date: last }) : t('panel.neverSynced')}</p>
        {lastRun && <p>{t('settings.lastRun', { outcome: t(`outcome.${lastRun.outcome}`), stored: lastRun.stored + lastRun.alreadyStored, quarantined: lastRun.quarantined, date: formatWhen(i18n.language, lastRun.finishedAt) ?? '' })}</p>}
      </section>
      <form
        className="card"
        aria-labelledby={`${id}-form`}
        onSubmit={(e) => {
          e.preventDefault();
          if (enrol.isPending) return;
          setSaved(false);
          enrol.mutate(
            { serverUrl: serverUrl ?? '', token },
            {
              onSuccess: () => {
                setToken('');
                setSaved(true);
              },
            },
          );
        }}
      >
        <h2 id={`${id}-form`}>{t('settings.enrolTitle')}</h2>
        <p>{t('settings.enrolHelp')}</p>
        <label>
          {t('settings.serverUrl')}
          <input name="serverUrl" type="url" inputMode="url" autoComplete="url" required value={serverUrl ?? ''} onChange={(e) => setServerUrl(e.target.value)} />
        </label>
        <label>
          {t('settings.token')}
          <input name="deviceToken" type="password" autoComplete="off" spellCheck={false} required value={token} onChange={(e) => setToken(e.target.value)} />
        </label>
        <button type="submit" aria-disabled={enrol.isPending || undefined}>
          {t('settings.save')}
        </button>
        {enrol.isError && (
          <p role="alert" className="error">
            {errorText(t, enrol.error)}
          </p>
        )}
        {saved && <p role="status">{t('settings.saved')}</p>}
      </form>
    </main>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceWorker } from '../../pwa/hooks';
import { serviceWorker } from '../../pwa/serviceWorker';

// Per page, not per mount: the list may be left and reopened while the service worker installs.
const readyAtStart = serviceWorker.getSnapshot().offlineReady;
let dismissed = false;

/**
 * On a device's first visit, tells the operator when the app has been stored for use without
 * network: going offline before that leaves screens that cannot open. Silent on every later
 * start, where a service worker already controls the page. The dev server has no service worker.
 */
export function OfflineReadyNotice() {
  const { t } = useTranslation('pwa');
  const sw = useServiceWorker();
  const [closed, setClosed] = useState(dismissed);
  const shown = import.meta.env.PROD && sw.supported && !readyAtStart && !closed;
  const state = sw.registrationFailed ? 'failed' : sw.offlineReady ? 'ready' : 'preparing';
  return (
    <div role="status" aria-live="polite">
      {shown && (
        <section className="pwa-banner" data-testid="offline-ready" data-state={state}>
          <p className={state === 'ready' ? 'ok' : state === 'failed' ? 'error' : undefined}>{t(`offlineReady.${state}`)}</p>
          {state !== 'preparing' && (
            <button type="button" className="secondary" onClick={() => setClosed((dismissed = true))}>
              {t('offlineReady.dismiss')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}

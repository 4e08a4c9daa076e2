import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceWorker } from '../../pwa/hooks';
import { serviceWorker } from '../../pwa/serviceWorker';

/** Shown on the interview list only: applying reloads the page, which must never happen mid-interview. */
export function UpdateBanner() {
  const { t } = useTranslation('pwa');
  const sw = useServiceWorker();
  useEffect(() => {
    // Coming back to the list is a good moment to look for a new version.
    void serviceWorker.checkForUpdate();
  }, []);
  return (
    <div role="status" aria-live="polite">
      {sw.updateWaiting && (
        <section className="pwa-banner" aria-labelledby="pwa-update-title" data-testid="update-banner">
          <div className="pwa-banner-text">
            <p id="pwa-update-title" className="pwa-banner-title">
              {t('update.available')}
            </p>
            <p>{t('update.explain')}</p>
            {sw.blockedByOtherWindow && <p className="error">{t('update.interviewOpenElsewhere')}</p>}
          </div>
          <button type="button" disabled={sw.applying} onClick={() => void serviceWorker.applyUpdate()}>
            {sw.applying ? t('update.applying') : t('update.apply')}
          </button>
        </section>
      )}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstall } from '../../pwa/hooks';
import { promptInstall } from '../../pwa/install';

const IOS_HELP_DISMISSED = 'spt.pwa.iosHelpDismissedAt';
/** The explanation comes back after a week: that is how long Safari waits before deleting data. */
const IOS_HELP_PAUSE_MS = 7 * 24 * 3600_000;

function iosHelpDismissedRecently(): boolean {
  const at = Number(localStorage.getItem(IOS_HELP_DISMISSED) ?? 0);
  return Date.now() - at < IOS_HELP_PAUSE_MS;
}

export function InstallPrompt() {
  const { t } = useTranslation('pwa');
  const install = useInstall();
  const [dismissed, setDismissed] = useState(false);
  const [iosDismissed, setIosDismissed] = useState(iosHelpDismissedRecently);

  if (install.canPrompt && !dismissed) {
    return (
      <section className="pwa-banner" aria-labelledby="pwa-install-title">
        <div className="pwa-banner-text">
          <p id="pwa-install-title" className="pwa-banner-title">
            {t('install.title')}
          </p>
          <p>{t('install.explain')}</p>
        </div>
        <div className="pwa-actions">
          <button type="button" onClick={() => void promptInstall()}>
            {t('install.action')}
          </button>
          <button type="button" className="secondary" onClick={() => setDismissed(true)}>
            {t('install.dismiss')}
          </button>
        </div>
      </section>
    );
  }
  if (install.showIosHelp && !iosDismissed) {
    return (
      <section className="pwa-banner" aria-labelledby="pwa-ios-title">
        <div className="pwa-banner-text">
          <p id="pwa-ios-title" className="pwa-banner-title">
            {t('ios.title')}
          </p>
          <p>{t('ios.why')}</p>
          <ol className="pwa-steps">
            <li>{t('ios.step1')}</li>
            <li>{t('ios.step2')}</li>
            <li>{t('ios.step3')}</li>
          </ol>
        </div>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            localStorage.setItem(IOS_HELP_DISMISSED, String(Date.now()));
            setIosDismissed(true);
          }}
        >
          {t('ios.dismiss')}
        </button>
      </section>
    );
  }
  return null;
}

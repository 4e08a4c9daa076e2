import { useTranslation } from 'react-i18next';

/**
 * Browsers switch off WebCrypto and service workers on a plain http:// address other than the
 * device's own (localhost): the interviews could be neither encrypted nor kept for offline use.
 * A tablet pointed at http://<server-ip> would otherwise fail at the first account with a vague
 * error, so the app says why before anything is stored.
 */
export function isSecureOrigin(): boolean {
  if (typeof window === 'undefined') return true;
  return window.isSecureContext !== false && typeof globalThis.crypto?.subtle !== 'undefined';
}

export function InsecureOriginScreen() {
  const { t } = useTranslation('security');
  return (
    <main id="main" className="screen security-screen" data-testid="insecure-origin">
      <section className="card warning" aria-labelledby="insecure-title">
        <h1 id="insecure-title">{t('insecure.title')}</h1>
        <p role="alert">{t('insecure.explain', { origin: window.location.origin })}</p>
        <p>{t('insecure.admin')}</p>
      </section>
    </main>
  );
}

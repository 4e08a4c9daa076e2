import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersistenceRequestAtInterview } from '../../pwa/hooks';

const MESSAGE = { granted: 'persistence.granted', 'not-granted': 'persistence.notGranted', unsupported: 'persistence.unsupported' } as const;

/** Asks the browser to keep the data when an interview is opened, and tells the operator the answer once. */
export function PersistenceNotice() {
  const { t } = useTranslation('pwa');
  const result = usePersistenceRequestAtInterview(true);
  const [closed, setClosed] = useState(false);
  return (
    <div role="status" aria-live="polite">
      {result && !closed && (
        <section className="pwa-banner" data-testid="persistence-notice" data-persistence={result}>
          <p className={result === 'granted' ? 'ok' : undefined}>{t(MESSAGE[result])}</p>
          <button type="button" className="secondary" onClick={() => setClosed(true)}>
            {t('persistence.dismiss')}
          </button>
        </section>
      )}
    </div>
  );
}

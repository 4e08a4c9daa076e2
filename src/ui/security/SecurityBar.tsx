import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/ServicesContext';
import type { ActiveOperator } from '../../security/securityController';
import { lazyPart, useLazyPart } from '../common/lazyPart';
import { PartLoadStatus } from '../common/PartLoadStatus';
import { OperatorForm } from './OperatorForm';

// Opened now and then by an administrator: not loaded with the first screen (docs/performance.md).
const settingsPart = lazyPart(() => import('./SecuritySettings'));

/** Who is signed in, with lock, switch, add-operator and settings. */
export function SecurityBar({ operator, shared }: { operator: ActiveOperator; shared: boolean }) {
  const { t } = useTranslation('security');
  const { security } = useServices();
  const [panel, setPanel] = useState<'none' | 'settings' | 'add'>('none');
  const settings = useLazyPart(settingsPart, panel === 'settings');
  const toggleSettings = () => setPanel(panel === 'settings' ? 'none' : 'settings');
  return (
    <section className="security-bar" aria-label={t('bar.label')}>
      <div className="security-bar-row">
        <p className="security-who">{t('bar.signedInAs', { name: operator.name, organisation: operator.organisation })}</p>
        <div className="security-actions">
          <button type="button" onClick={() => void security.lock('manual')}>
            {t('bar.lock')}
          </button>
          <button type="button" className="secondary" onClick={() => void security.lock('switch')}>
            {t('bar.switch')}
          </button>
          <button type="button" className="secondary" aria-expanded={panel === 'add'} onClick={() => setPanel(panel === 'add' ? 'none' : 'add')}>
            {t('bar.addOperator')}
          </button>
          <button type="button" className="secondary" aria-expanded={panel === 'settings'} onClick={toggleSettings}>
            {t('bar.settings')}
          </button>
        </div>
      </div>
      {panel === 'settings' &&
        (settings.kind === 'ready' ? (
          <settings.module.SecuritySettings organisation={operator.organisation} shared={shared} onDone={() => setPanel('none')} />
        ) : (
          <div className="card" aria-busy={settings.kind === 'loading'}>
            <PartLoadStatus failed={settings.kind === 'failed'} onRetry={settings.retry} />
          </div>
        ))}
      {panel === 'add' && (
        <div className="card">
          <h2>{t('bar.addOperator')}</h2>
          <p className="help">{t('bar.addOperatorHint', { organisation: operator.organisation })}</p>
          <OperatorForm onCancel={() => setPanel('none')} />
        </div>
      )}
    </section>
  );
}

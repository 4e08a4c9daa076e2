import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/ServicesContext';
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, type SecuritySettings as Settings } from '../../security/securityController';
import { errorText } from './errorText';

/** Idle time before the lock, retention of synced interviews, and whether the organisation shares interviews. */
export function SecuritySettings({ organisation, shared, onDone }: { organisation: string; shared: boolean; onDone: () => void }) {
  const { t } = useTranslation('security');
  const { security } = useServices();
  const id = useId();
  const [settings, setSettings] = useState<Settings | undefined>();
  const [share, setShare] = useState(shared);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    void security.settings().then(setSettings);
  }, [security]);
  if (!settings) return <p>{t('common.loading')}</p>;
  return (
    <form
      className="security-form card"
      aria-labelledby={`${id}-title`}
      onSubmit={async (e) => {
        e.preventDefault();
        setError(undefined);
        try {
          await security.saveSettings(settings, share);
          onDone();
        } catch (err) {
          setError(errorText(t, err));
        }
      }}
    >
      <h2 id={`${id}-title`}>{t('settings.title')}</h2>
      <label htmlFor={`${id}-idle`}>{t('settings.idleMinutes')}</label>
      <input
        id={`${id}-idle`}
        name="idleMinutes"
        type="number"
        min={MIN_IDLE_MINUTES}
        max={MAX_IDLE_MINUTES}
        step={1}
        required
        value={settings.idleMinutes}
        onChange={(e) => setSettings({ ...settings, idleMinutes: Number(e.target.value) })}
      />
      <label htmlFor={`${id}-retention`}>{t('settings.retentionDays')}</label>
      <input
        id={`${id}-retention`}
        name="retentionDays"
        type="number"
        min={1}
        max={3650}
        step={1}
        required
        aria-describedby={`${id}-retention-hint`}
        value={settings.retentionDays}
        onChange={(e) => setSettings({ ...settings, retentionDays: Number(e.target.value) })}
      />
      <p id={`${id}-retention-hint`} className="help">
        {t('settings.retentionHint')}
      </p>
      <label className="choice">
        <input type="checkbox" name="share" checked={share} onChange={(e) => setShare(e.target.checked)} />
        {t('settings.share', { organisation })}
      </label>
      <p className="help">{t('settings.shareHint')}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="security-actions">
        <button type="submit">{t('settings.save')}</button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/ServicesContext';
import { AppError } from '../../domain/errors';
import { MIN_PASSPHRASE_LENGTH } from '../../security/operatorVault';
import { errorText } from './errorText';

/** Creates a local operator account: name, organisation, passphrase (twice) and PIN. */
export function OperatorForm({ onCancel }: { onCancel?: () => void }) {
  const { t } = useTranslation('security');
  const { security } = useServices();
  const id = useId();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      className="security-form"
      aria-describedby={error ? `${id}-error` : undefined}
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy) return;
        setError(undefined);
        if (passphrase !== repeat) {
          setError(errorText(t, new AppError('security:errors.passphraseMismatch')));
          return;
        }
        setBusy(true);
        try {
          await security.createOperator({ name, organisation, passphrase, pin });
        } catch (err) {
          setError(errorText(t, err));
          setBusy(false);
        }
      }}
    >
      <label htmlFor={`${id}-name`}>{t('account.name')}</label>
      <input id={`${id}-name`} name="operatorName" autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor={`${id}-org`}>{t('account.organisation')}</label>
      <input id={`${id}-org`} name="organisation" autoComplete="organization" required value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
      <label htmlFor={`${id}-pass`}>{t('account.passphrase')}</label>
      <input
        id={`${id}-pass`}
        name="passphrase"
        type="password"
        autoComplete="new-password"
        required
        aria-describedby={`${id}-pass-hint`}
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <p id={`${id}-pass-hint`} className="help">
        {t('account.passphraseHint', { count: MIN_PASSPHRASE_LENGTH })}
      </p>
      <label htmlFor={`${id}-repeat`}>{t('account.passphraseRepeat')}</label>
      <input id={`${id}-repeat`} name="passphraseRepeat" type="password" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} />
      <label htmlFor={`${id}-pin`}>{t('account.pin')}</label>
      <input
        id={`${id}-pin`}
        name="pin"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        required
        aria-describedby={`${id}-pin-hint`}
        value={pin}
        onChange={(e) => setPin(e.target.value)}
      />
      <p id={`${id}-pin-hint`} className="help">
        {t('account.pinHint')}
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" className="error">
          {error}
        </p>
      )}
      <div className="security-actions">
        <button type="submit" aria-disabled={busy || undefined}>
          {busy ? t('account.creating') : t('account.create')}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

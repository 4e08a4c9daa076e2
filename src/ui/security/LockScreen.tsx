import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/ServicesContext';
import type { OperatorSummary } from '../../security/operatorVault';
import type { LockReason } from '../../security/securityController';
import { errorText } from './errorText';
import { OperatorForm } from './OperatorForm';

interface Props {
  operators: OperatorSummary[];
  reason: LockReason | undefined;
  lastOperatorId: string | undefined;
}

/** Shown whenever the keys are not in memory. Lists operator accounts only: no interviewee data. */
export function LockScreen({ operators, reason, lastOperatorId }: Props) {
  const { t } = useTranslation('security');
  const [operatorId, setOperatorId] = useState(lastOperatorId && operators.some((o) => o.id === lastOperatorId) ? lastOperatorId : operators[0]!.id);
  const [mode, setMode] = useState<'pin' | 'passphrase' | 'create'>('pin');
  const operator = operators.find((o) => o.id === operatorId) ?? operators[0]!;
  const effectiveMode = mode === 'pin' && !operator.pinAvailable ? 'passphrase' : mode;
  const id = useId();
  return (
    <main id="main" className="screen security-screen">
      <section className="card" aria-labelledby="lock-title">
        <h1 id="lock-title">{t('lock.title')}</h1>
        {reason === 'idle' || reason === 'hidden' ? <p className="notice">{t(`lock.reason.${reason}`)}</p> : null}
        {effectiveMode === 'create' ? (
          <>
            <h2>{t('lock.newOperator')}</h2>
            <OperatorForm onCancel={() => setMode('pin')} />
          </>
        ) : (
          <>
            <div className="security-form">
              <label htmlFor={`${id}-operator`}>{t('lock.operator')}</label>
              <select
                id={`${id}-operator`}
                value={operator.id}
                onChange={(e) => {
                  setOperatorId(e.target.value);
                  setMode('pin');
                }}
              >
                {operators.map((o) => (
                  <option key={o.id} value={o.id}>
                    {t('lock.operatorOption', { name: o.name, organisation: o.organisation })}
                  </option>
                ))}
              </select>
            </div>
            {effectiveMode === 'pin' ? (
              <PinForm key={operator.id} operator={operator} onPassphrase={() => setMode('passphrase')} />
            ) : (
              <PassphraseForm key={operator.id} operator={operator} onPin={operator.pinAvailable ? () => setMode('pin') : undefined} />
            )}
            <button type="button" className="secondary" onClick={() => setMode('create')}>
              {t('lock.newOperator')}
            </button>
          </>
        )}
      </section>
    </main>
  );
}

function PinForm({ operator, onPassphrase }: { operator: OperatorSummary; onPassphrase: () => void }) {
  const { t } = useTranslation('security');
  const { security } = useServices();
  const id = useId();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const pinField = useRef<HTMLInputElement>(null);
  const typed = (value: string) => {
    setPin(value);
    security.preparePin(operator.id, value);
  };
  // A PIN typed but not submitted is not kept once this form goes (the passphrase instead, another operator).
  useEffect(() => () => security.preparePin(operator.id, ''), [security, operator.id]);
  return (
    <form
      className="security-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(undefined);
        try {
          await security.unlockWithPin(operator.id, pin);
        } catch (err) {
          setError(errorText(t, err));
          typed('');
          setBusy(false);
          // Back in the emptied field for the next try, with no tap on it first.
          pinField.current?.focus();
        }
      }}
    >
      <label htmlFor={`${id}-pin`}>{t('lock.pin')}</label>
      <input ref={pinField} id={`${id}-pin`} name="pin" type="password" inputMode="numeric" autoComplete="off" required autoFocus value={pin} onChange={(e) => typed(e.target.value)} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="security-actions">
        <button type="submit" disabled={busy}>
          {t('lock.unlock')}
        </button>
        <button type="button" className="secondary" onClick={onPassphrase}>
          {t('lock.usePassphrase')}
        </button>
      </div>
    </form>
  );
}

function PassphraseForm({ operator, onPin }: { operator: OperatorSummary; onPin: (() => void) | undefined }) {
  const { t } = useTranslation('security');
  const { security } = useServices();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [newPin, setNewPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const needsPin = !operator.pinAvailable;
  const passphraseField = useRef<HTMLInputElement>(null);
  return (
    <form
      className="security-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(undefined);
        try {
          await security.unlockWithPassphrase(operator.id, passphrase, needsPin ? newPin : undefined);
        } catch (err) {
          setError(errorText(t, err));
          setBusy(false);
          passphraseField.current?.focus();
        }
      }}
    >
      {needsPin && (
        <p role="status" className="notice">
          {t('lock.pinRevoked')}
        </p>
      )}
      <label htmlFor={`${id}-pass`}>{t('lock.passphrase')}</label>
      <input ref={passphraseField} id={`${id}-pass`} name="passphrase" type="password" autoComplete="current-password" required autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      {needsPin && (
        <>
          <label htmlFor={`${id}-newpin`}>{t('lock.newPin')}</label>
          <input
            id={`${id}-newpin`}
            name="newPin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            required
            aria-describedby={`${id}-newpin-hint`}
            value={newPin}
            onChange={(e) => setNewPin(e.target.value)}
          />
          <p id={`${id}-newpin-hint`} className="help">
            {t('account.pinHint')}
          </p>
        </>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="security-actions">
        <button type="submit" disabled={busy}>
          {t('lock.unlock')}
        </button>
        {onPin && (
          <button type="button" className="secondary" onClick={onPin}>
            {t('lock.usePin')}
          </button>
        )}
      </div>
    </form>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/route';
import { useServices } from '../../app/ServicesContext';
import { startAutoLock } from '../../security/autoLock';
import { FirstRunScreen } from './FirstRunScreen';
import { InsecureOriginScreen, isSecureOrigin } from './InsecureOriginScreen';
import { LockScreen } from './LockScreen';
import { SecurityBar } from './SecurityBar';
import { useSecurityState } from './useSecurity';
import './security.css';

/**
 * Nothing below renders until an operator has unlocked. On lock, decrypted data cached for the
 * screens is dropped; a different operator starts from the list.
 */
export function SecurityGate({ children }: { children: ReactNode }) {
  return isSecureOrigin() ? <Gate>{children}</Gate> : <InsecureOriginScreen />;
}

function Gate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('security');
  const { security } = useServices();
  const client = useQueryClient();
  const state = useSecurityState();
  const previousOperator = useRef<string | undefined>(undefined);

  useEffect(() => {
    void security.init();
    const stopAutoLock = startAutoLock(security);
    const stopClearing = security.afterLock(() => client.clear());
    return () => {
      stopAutoLock();
      stopClearing();
    };
  }, [security, client]);

  const unlockedId = state.kind === 'unlocked' ? state.operator.id : undefined;
  useEffect(() => {
    if (!unlockedId) return;
    if (previousOperator.current && previousOperator.current !== unlockedId) navigate({ name: 'list' });
    previousOperator.current = unlockedId;
  }, [unlockedId]);

  switch (state.kind) {
    case 'loading':
      return <p role="status" className="loading-later">{t('common.loading')}</p>;
    case 'firstRun':
      return <FirstRunScreen />;
    case 'locked':
      return <LockScreen {...state} />;
    case 'unlocked':
      return (
        <>
          <SecurityBar operator={state.operator} shared={state.shareWithOrganisation} />
          {children}
        </>
      );
  }
}

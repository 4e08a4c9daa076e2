import { useSyncExternalStore } from 'react';
import { useServices } from '../../app/ServicesContext';
import type { SecurityState } from '../../security/securityController';

export function useSecurityState(): SecurityState {
  const { security } = useServices();
  return useSyncExternalStore(security.subscribe, security.getState);
}

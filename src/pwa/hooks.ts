import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { installState } from './install';
import { currentPersistence, requestPersistence, type PersistenceState } from './persistence';
import { serviceWorker } from './serviceWorker';

export function useServiceWorker() {
  return useSyncExternalStore(serviceWorker.subscribe, serviceWorker.getSnapshot, serviceWorker.getSnapshot);
}

export function useInstall() {
  return useSyncExternalStore(installState.subscribe, installState.getSnapshot, installState.getSnapshot);
}

export interface StorageEstimateState {
  usage?: number;
  quota?: number;
}

export function useStorageEstimate(): StorageEstimateState & { refresh: () => void } {
  const [estimate, setEstimate] = useState<StorageEstimateState>({});
  const refresh = useCallback(() => {
    if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return;
    navigator.storage.estimate().then(
      (e) => setEstimate({ ...(e.usage !== undefined ? { usage: e.usage } : {}), ...(e.quota !== undefined ? { quota: e.quota } : {}) }),
      () => setEstimate({}),
    );
  }, []);
  useEffect(refresh, [refresh]);
  return { ...estimate, refresh };
}

export function usePersistence(): { state: PersistenceState | undefined; request: () => Promise<void> } {
  const [state, setState] = useState<PersistenceState>();
  useEffect(() => {
    let cancelled = false;
    void currentPersistence().then((s) => !cancelled && setState(s));
    return () => {
      cancelled = true;
    };
  }, []);
  const request = useCallback(async () => setState((await requestPersistence()).state), []);
  return { state, request };
}

let requestedThisPage: Promise<{ state: PersistenceState; shown: boolean }> | undefined;

/**
 * Asks for persistent storage once per page when an interview is open (StrictMode's double
 * effects included) and returns the result when the operator should see it.
 */
export function usePersistenceRequestAtInterview(active: boolean): PersistenceState | undefined {
  const [shown, setShown] = useState<PersistenceState>();
  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    requestedThisPage ??= requestPersistence().catch(() => ({ state: 'unsupported' as const, shown: false }));
    void requestedThisPage.then((r) => !cancelled && r.shown && setShown(r.state));
    return () => {
      cancelled = true;
    };
  }, [active]);
  return shown;
}

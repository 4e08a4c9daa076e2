import type { SyncEngine, SyncRunSummary, SyncStatus } from './syncEngine';

const NOT_STARTED: SyncStatus = { phase: 'idle', consecutiveFailures: 0 };

/**
 * A SyncEngine whose implementation is loaded later. Until then it reports an idle engine that
 * has not run; listeners subscribed before the load follow the real engine afterwards. It loads
 * on `load()`, `start()` or the first request for a run; starting and stopping the real engine
 * is left to whoever creates it (it follows the operator's lock).
 */
export function deferredSyncEngine(load: () => Promise<SyncEngine>): SyncEngine & { load(): Promise<SyncEngine> } {
  let real: SyncEngine | undefined;
  let loading: Promise<SyncEngine> | undefined;
  const listeners = new Set<() => void>();
  const loaded = (): Promise<SyncEngine> =>
    (loading ??= load().then(
      (engine) => {
        real = engine;
        engine.subscribe(() => {
          for (const l of listeners) l();
        });
        for (const l of listeners) l();
        return engine;
      },
      (error: unknown) => {
        // A failed chunk load (offline before the precache completed) may be tried again.
        loading = undefined;
        throw error;
      },
    ));
  const run = (action: (engine: SyncEngine) => Promise<SyncRunSummary>) => async () => action(await loaded());
  return {
    load: loaded,
    syncNow: run((e) => e.syncNow()),
    credentialsChanged: run((e) => e.credentialsChanged()),
    start() {
      void loaded().catch(() => undefined);
      return () => real?.stop();
    },
    stop() {
      real?.stop();
    },
    getStatus: () => real?.getStatus() ?? NOT_STARTED,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

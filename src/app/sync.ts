import type { SecurityController } from '../security/securityController';
import type { InterviewStore } from '../storage/interviewStore';
import { deferredSyncEngine } from '../sync/deferredEngine';
import type { SyncEngine, SyncRunSummary } from '../sync/syncEngine';
import { whenIdle } from './whenIdle';

export interface AppSync {
  engine: SyncEngine;
  /** Stores server URL and token, then syncs at once with them. */
  enrol(serverUrl: string, token: string): Promise<SyncRunSummary>;
  dispose(): void;
}

/**
 * The app's sync, loaded after the first screen: the engine, its API client and the audit and
 * erasure senders are not needed to show the lock screen or the list (docs/performance.md), so
 * they load once an operator is signed in and the page is idle, or at once when something asks
 * for a run (the sync button, enrolment, a freshly finished interview).
 */
export function createAppSync(store: InterviewStore, security: SecurityController): AppSync {
  let runtime: Promise<AppSync> | undefined;
  let loaded: AppSync | undefined;
  let disposed = false;
  const load = () =>
    (runtime ??= import('./syncRuntime').then(
      (m) => {
        const sync = m.createSyncRuntime(store, security);
        loaded = sync;
        if (disposed) sync.dispose();
        return sync;
      },
      (error: unknown) => {
        runtime = undefined;
        throw error;
      },
    ));
  const engine = deferredSyncEngine(async () => (await load()).engine);

  let cancelIdle: (() => void) | undefined;
  const follow = () => {
    if (runtime || cancelIdle || security.getState().kind !== 'unlocked') return;
    cancelIdle = whenIdle(() => {
      cancelIdle = undefined;
      // A failed load is tried again at the next sign-in, or by the next request for a run.
      void engine.load().catch(() => undefined);
    });
  };
  const stopFollowing = security.subscribe(follow);
  follow();

  return {
    engine,
    async enrol(serverUrl, token) {
      // Through the facade first, so that screens reading `engine` follow this run.
      await engine.load();
      return (await load()).enrol(serverUrl, token);
    },
    dispose() {
      disposed = true;
      stopFollowing();
      cancelIdle?.();
      // One still loading is disposed when it arrives (see load).
      loaded?.dispose();
    },
  };
}

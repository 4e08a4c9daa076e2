import { sendAuditTrail } from '../security/auditSync';
import { sendPendingErasures } from '../security/serverErasure';
import type { SecurityController } from '../security/securityController';
import type { InterviewStore } from '../storage/interviewStore';
import { createSyncEngine, type SyncRunSummary } from '../sync/syncEngine';
import type { AppSync } from './sync';
import { NEEDS_ENROLMENT_KEY, readCredentials, recordRun, saveEnrolment } from './syncSettings';

/**
 * The app's one sync engine, loaded by ./sync after the first screen: it runs only while an
 * operator is signed in (the outbox is sealed with their keys) and stops on lock. After each run
 * its summary is kept in settings and, when the server was reached, the audit trail follows the
 * profiles.
 */
export function createSyncRuntime(store: InterviewStore, security: SecurityController): AppSync {
  const engine = createSyncEngine({
    queue: store,
    credentials: () => readCredentials(store),
    onUnauthorized: () => store.setSetting(NEEDS_ENROLMENT_KEY, true),
  });

  let lastRun: SyncRunSummary | undefined;
  const stopWatchingRuns = engine.subscribe(() => {
    const run = engine.getStatus().lastRun;
    if (!run || run === lastRun) return;
    lastRun = run;
    void recordRun(store, run).catch(() => undefined);
    if (run.outcome === 'completed') void afterRun(store);
  });

  let running = false;
  const follow = () => {
    const unlocked = security.getState().kind === 'unlocked';
    if (unlocked && !running) engine.start();
    if (!unlocked && running) engine.stop();
    running = unlocked;
  };
  const stopFollowing = security.subscribe(follow);
  follow();

  return {
    engine,
    async enrol(serverUrl, token) {
      await saveEnrolment(store, serverUrl, token);
      return engine.credentialsChanged();
    },
    dispose() {
      stopFollowing();
      stopWatchingRuns();
      engine.stop();
    },
  };
}

/** After a run reached the server: erasures owed to it, then the audit trail (which records them). */
async function afterRun(store: InterviewStore): Promise<void> {
  const credentials = await readCredentials(store);
  if (!credentials) return;
  // Best effort: both stay pending on the device until a later run confirms them.
  await sendPendingErasures(store, credentials).catch(() => undefined);
  await sendAuditTrail(store, credentials).catch(() => undefined);
}

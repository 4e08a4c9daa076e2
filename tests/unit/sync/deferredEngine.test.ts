import { describe, expect, it } from 'vitest';
import { deferredSyncEngine } from '../../../src/sync/deferredEngine';
import type { SyncEngine, SyncRunSummary, SyncStatus } from '../../../src/sync/syncEngine';

const summary: SyncRunSummary = { outcome: 'completed', stored: 1, alreadyStored: 0, quarantined: 0, startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:00:01Z' };

/** A minimal engine with real listeners and status, counting runs. */
function fakeEngine() {
  let status: SyncStatus = { phase: 'idle', consecutiveFailures: 0 };
  const listeners = new Set<() => void>();
  let runs = 0;
  const engine: SyncEngine = {
    syncNow: async () => {
      runs++;
      status = { phase: 'idle', consecutiveFailures: 0, lastRun: summary };
      for (const l of listeners) l();
      return summary;
    },
    credentialsChanged: async () => engine.syncNow(),
    start: () => () => undefined,
    stop: () => undefined,
    getStatus: () => status,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return { engine, runs: () => runs };
}

describe('a sync engine loaded later', () => {
  it('reports an idle engine that never ran until it is loaded, with the same status object each time', () => {
    const deferred = deferredSyncEngine(() => new Promise(() => undefined));
    expect(deferred.getStatus()).toEqual({ phase: 'idle', consecutiveFailures: 0 });
    expect(deferred.getStatus()).toBe(deferred.getStatus());
  });

  it('loads once on the first request, runs it, and tells earlier subscribers about the real engine', async () => {
    const fake = fakeEngine();
    let loads = 0;
    const deferred = deferredSyncEngine(async () => {
      loads++;
      return fake.engine;
    });
    const seen: (string | undefined)[] = [];
    deferred.subscribe(() => seen.push(deferred.getStatus().lastRun?.outcome));
    const [a, b] = await Promise.all([deferred.syncNow(), deferred.credentialsChanged()]);
    expect(a).toEqual(summary);
    expect(b).toEqual(summary);
    expect(loads).toBe(1);
    expect(fake.runs()).toBe(2);
    expect(seen.at(-1)).toBe('completed');
    expect(deferred.getStatus()).toBe(fake.engine.getStatus());
  });

  it('stops notifying a listener that unsubscribed', async () => {
    const fake = fakeEngine();
    const deferred = deferredSyncEngine(async () => fake.engine);
    let calls = 0;
    const unsubscribe = deferred.subscribe(() => calls++);
    unsubscribe();
    await deferred.syncNow();
    expect(calls).toBe(0);
  });
});

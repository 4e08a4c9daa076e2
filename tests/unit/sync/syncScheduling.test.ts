import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { HealthResult, PutResult, SyncApi } from '../../../src/sync/apiClient';
import type { OutboxItem, OutboxQueue } from '../../../src/sync/outboxQueue';
import { createSyncEngine } from '../../../src/sync/syncEngine';
import { localLock } from '../../../src/sync/syncLock';
import { makeProfile } from '../../../server/testing/profileFixture';
import { profileContentHash } from '../../../src/domain/canonicalJson';

// When the engine runs (start, online, periodic, backoff) with the server replaced by a switch:
// what is under test here is the scheduling, the server's answers are covered in outboxSync.test.ts.
let serverUp = false;
let healthChecks = 0;
const queued: OutboxItem[] = [];
const delivered: string[] = [];

const api: SyncApi = {
  async health(): Promise<HealthResult> {
    healthChecks++;
    return serverUp ? { reachable: true, database: 'pglite' } : { reachable: false, reason: 'TypeError', status: 0 };
  },
  async putProfile(item): Promise<PutResult> {
    const contentHash = await profileContentHash(item.profile);
    return { kind: 'stored', status: 201, receipt: { id: item.interviewId, revision: item.revision, contentHash, receivedAt: new Date().toISOString() } };
  },
  async eraseProfile() {
    throw new Error('not expected');
  },
};

const queue: OutboxQueue = {
  async nextBatch(limit) {
    return queued.slice(0, limit);
  },
  async markSynced(key) {
    const i = queued.findIndex((q) => q.interviewId === key.interviewId);
    if (i >= 0) delivered.push(...queued.splice(i, 1).map((q) => q.interviewId));
  },
  async markQuarantined() {
    throw new Error('not expected');
  },
};

const engine = () =>
  createSyncEngine({ queue, api: () => api, credentials: async () => ({ serverUrl: 'http://server.test', token: 't' }), lock: localLock(), random: () => 0.5, periodMs: 60_000 });

beforeEach(() => {
  vi.useFakeTimers();
  serverUp = false;
  healthChecks = 0;
  queued.length = 0;
  delivered.length = 0;
  for (let i = 0; i < 3; i++) {
    const profile = makeProfile();
    queued.push({ interviewId: profile.interview.id, revision: 1, profile });
  }
});

afterEach(() => {
  vi.useRealTimers();
});

it('syncs on start and backs off 1 s, 2 s, 4 s while the server is unreachable', async () => {
  const e = engine();
  const stop = e.start();
  await vi.advanceTimersByTimeAsync(0);
  expect(healthChecks).toBe(1);
  expect(e.getStatus()).toMatchObject({ phase: 'backing_off', consecutiveFailures: 1 });

  await vi.advanceTimersByTimeAsync(999);
  expect(healthChecks).toBe(1);
  await vi.advanceTimersByTimeAsync(1);
  expect(healthChecks).toBe(2);
  await vi.advanceTimersByTimeAsync(2000);
  expect(healthChecks).toBe(3);

  serverUp = true;
  await vi.advanceTimersByTimeAsync(4000);
  expect(healthChecks).toBe(4);
  await vi.waitFor(() => expect(delivered).toHaveLength(3));
  expect(e.getStatus()).toMatchObject({ phase: 'idle', consecutiveFailures: 0 });
  stop();
});

it('retries at once when the browser comes back online, and periodically while open', async () => {
  const e = engine();
  const stop = e.start();
  for (let i = 0; i < 8; i++) await vi.advanceTimersByTimeAsync(2 ** i * 1000);
  const before = healthChecks;
  expect(e.getStatus().consecutiveFailures).toBeGreaterThanOrEqual(8);

  serverUp = true;
  window.dispatchEvent(new Event('online'));
  await vi.advanceTimersByTimeAsync(0);
  expect(healthChecks).toBe(before + 1);
  await vi.waitFor(() => expect(delivered).toHaveLength(3));

  const profile = makeProfile();
  queued.push({ interviewId: profile.interview.id, revision: 1, profile });
  await vi.advanceTimersByTimeAsync(60_000);
  await vi.waitFor(() => expect(delivered).toHaveLength(4));
  stop();
  await vi.advanceTimersByTimeAsync(120_000);
  expect(healthChecks).toBe(before + 2);
});

it('does not trust navigator.onLine: a failing health check keeps the queue', async () => {
  expect(navigator.onLine).toBe(true);
  const result = await engine().syncNow();
  expect(result).toMatchObject({ outcome: 'unreachable' });
  expect(queued).toHaveLength(3);
});

it('joins a run already in progress instead of starting a second one', async () => {
  serverUp = true;
  const e = engine();
  const [a, b] = await Promise.all([e.syncNow(), e.syncNow()]);
  expect(a).toBe(b);
  expect(healthChecks).toBe(1);
  expect(delivered).toHaveLength(3);
});

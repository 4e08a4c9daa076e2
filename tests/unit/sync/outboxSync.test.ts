// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDevice, revokeDevice } from '../../../server/devices';
import { makeProfile } from '../../../server/testing/profileFixture';
import { startTestServer, type TestServer } from '../../../server/testing/testServer';
import { createSyncApi, type SyncCredentials } from '../../../src/sync/apiClient';
import { createSyncEngine, type SyncEngineOptions } from '../../../src/sync/syncEngine';
import { leaseLock, localLock } from '../../../src/sync/syncLock';
import { DexieOutboxQueue } from './dexieOutboxQueue';

// The real server on a temporary PGlite database, reached over HTTP with the real fetch.
let server: TestServer;
let token: string;
const serverUrl = () => server.url;
const revisionsOnServer = (id: string) => server.revisions(id);

function engineFor(queue: DexieOutboxQueue, extra: Partial<SyncEngineOptions> = {}) {
  return createSyncEngine({
    queue,
    credentials: async (): Promise<SyncCredentials> => ({ serverUrl: serverUrl(), token }),
    lock: localLock(),
    random: () => 0.5,
    ...extra,
  });
}

beforeAll(async () => {
  server = await startTestServer({ org: 'Centro Torino' });
  token = server.token;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

beforeEach(async () => {
  await server.start();
});

describe('outbox sync against the real server', () => {
  it('sends every queued profile exactly once and keeps the server receipts', async () => {
    const queue = new DexieOutboxQueue();
    const profiles = [makeProfile(), makeProfile(), makeProfile()];
    for (const p of profiles) await queue.enqueue(p);
    const engine = engineFor(queue);

    const first = await engine.syncNow();
    expect(first).toMatchObject({ outcome: 'completed', stored: 3, alreadyStored: 0, quarantined: 0 });
    const second = await engine.syncNow();
    expect(second).toMatchObject({ outcome: 'completed', stored: 0, alreadyStored: 0 });

    for (const p of profiles) expect(await revisionsOnServer(p.interview.id)).toEqual([1]);
    const rows = await queue.all();
    expect(rows.map((r) => r.state)).toEqual(['synced', 'synced', 'synced']);
    const api = createSyncApi({ serverUrl: serverUrl(), token });
    for (const row of rows) {
      const res = await fetch(`${serverUrl()}/api/v1/profiles/${row.interviewId}`, { headers: { authorization: `Bearer ${token}` } });
      expect((await res.json()).receipt).toEqual(row.receipt);
    }
    expect(await api.health()).toEqual({ reachable: true, database: 'pglite' });
    expect(engine.getStatus()).toMatchObject({ phase: 'idle', consecutiveFailures: 0, lastSuccessAt: second.finishedAt });
  });

  it('does not duplicate a profile whose receipt was lost on the way back', async () => {
    const queue = new DexieOutboxQueue();
    const profile = makeProfile();
    await queue.enqueue(profile);
    let dropped = false;
    const lossyFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'PUT' && !dropped) {
        dropped = true;
        throw new TypeError('connection reset');
      }
      return response;
    };
    const before = Date.now();
    const engine = engineFor(queue, { api: (c) => createSyncApi({ ...c, fetch: lossyFetch }) });

    const first = await engine.syncNow();
    expect(first).toMatchObject({ outcome: 'interrupted', reason: 'TypeError' });
    expect(await queue.byState('queued')).toHaveLength(1);
    const status = engine.getStatus();
    expect(status).toMatchObject({ phase: 'backing_off', consecutiveFailures: 1 });
    const wait = Date.parse(status.nextAttemptAt!) - before;
    expect(wait).toBeGreaterThanOrEqual(800);
    expect(wait).toBeLessThan(5_000);

    const retry = await engine.syncNow();
    expect(retry).toMatchObject({ outcome: 'completed', stored: 0, alreadyStored: 1 });
    expect(await revisionsOnServer(profile.interview.id)).toEqual([1]);
    expect((await queue.all())[0]).toMatchObject({ state: 'synced', receipt: { revision: 1 } });
  });

  it('keeps everything queued while the server is down and delivers it once after a restart', async () => {
    const queue = new DexieOutboxQueue();
    const profiles = [makeProfile(), makeProfile(), makeProfile()];
    for (const p of profiles) await queue.enqueue(p);
    const engine = engineFor(queue);
    await server.stop();

    const down = await engine.syncNow();
    expect(down.outcome).toBe('unreachable');
    expect(await queue.byState('queued')).toHaveLength(3);
    const again = await engine.syncNow();
    expect(again.outcome).toBe('unreachable');
    expect(engine.getStatus().consecutiveFailures).toBe(2);

    await server.start();
    expect(await engine.syncNow()).toMatchObject({ outcome: 'completed', stored: 3 });
    for (const p of profiles) expect(await revisionsOnServer(p.interview.id)).toEqual([1]);
  });

  it("quarantines a conflicting revision with the server's reason and still sends the others", async () => {
    const queue = new DexieOutboxQueue();
    const clash = makeProfile({ note: 'as sent by another tablet' });
    await fetch(`${serverUrl()}/api/v1/profiles/${clash.interview.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ revision: 1, profile: clash }),
    });
    const mine = makeProfile({ id: clash.interview.id, note: 'as written here' });
    const fine = makeProfile();
    await queue.enqueue(mine);
    await queue.enqueue(fine);

    const run = await engineFor(queue).syncNow();
    expect(run).toMatchObject({ outcome: 'completed', stored: 1, quarantined: 1 });
    const [quarantined] = await queue.byState('quarantined');
    expect(quarantined).toMatchObject({ interviewId: mine.interview.id, rejection: { status: 409, code: 'revision_conflict' } });
    expect(quarantined!.rejection!.message).not.toBe('');
    expect(quarantined!.profile).toEqual(mine);
    expect(await queue.byState('synced')).toHaveLength(1);
  });

  it('quarantines a profile over the size limit (413) and an invalid one (400)', async () => {
    const small = await startTestServer({ bodyLimitBytes: 64 * 1024, db: server.db });
    try {
      const queue = new DexieOutboxQueue();
      const big = makeProfile({ extraAnswers: 1000 });
      const invalid = makeProfile();
      const api = createSyncApi({ serverUrl: small.url, token: small.token });
      const res = await api.putProfile({ interviewId: invalid.interview.id, revision: 1, profile: { ...invalid, interview: { ...invalid.interview, status: 'draft' } } });
      expect(res).toMatchObject({ kind: 'rejected', status: 400, error: { code: 'validation_failed', issues: [{ path: 'profile.interview.status' }] } });

      await queue.enqueue(big);
      const run = await createSyncEngine({ queue, credentials: async () => ({ serverUrl: small.url, token: small.token }), lock: localLock() }).syncNow();
      expect(run).toMatchObject({ outcome: 'completed', quarantined: 1 });
      expect((await queue.all())[0]).toMatchObject({ state: 'quarantined', rejection: { status: 413, code: 'payload_too_large' } });
      expect(await small.revisions(big.interview.id)).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('delivers every profile once when the server crashes in the middle of a sync and comes back', async () => {
    const queue = new DexieOutboxQueue();
    const profiles = Array.from({ length: 12 }, () => makeProfile());
    for (const p of profiles) await queue.enqueue(p);
    let puts = 0;
    const crashingFetch: typeof fetch = async (input, init) => {
      if (init?.method === 'PUT' && ++puts === 6) {
        // The crash hits while this upload is on the wire: it may or may not have been stored.
        const inFlight = fetch(input, init);
        await server.kill();
        return inFlight;
      }
      return fetch(input, init);
    };
    const engine = engineFor(queue, { api: (c) => createSyncApi({ ...c, fetch: crashingFetch }), concurrency: 2 });

    const interrupted = await engine.syncNow();
    expect(interrupted.outcome).toBe('interrupted');
    expect(interrupted.stored).toBeLessThan(12);
    expect(await queue.byState('queued')).not.toHaveLength(0);

    expect((await engine.syncNow()).outcome).toBe('unreachable');
    await server.start();
    const resumed = await engine.syncNow();
    expect(resumed.outcome).toBe('completed');
    expect(interrupted.stored + resumed.stored + resumed.alreadyStored).toBe(12);
    for (const p of profiles) expect(await revisionsOnServer(p.interview.id)).toEqual([1]);
    expect((await queue.all()).every((r) => r.state === 'synced')).toBe(true);
  });

  it('quarantines a damaged document locally without sending it', async () => {
    const queue = new DexieOutboxQueue();
    const profile = makeProfile();
    await queue.enqueue({ ...profile, answers: [{ ...profile.answers[0]!, answeredAt: 'not a date' }] });
    const run = await engineFor(queue).syncNow();
    expect(run).toMatchObject({ outcome: 'completed', quarantined: 1 });
    expect((await queue.all())[0]!.rejection).toMatchObject({ status: 0, code: 'invalid_document' });
    expect(await revisionsOnServer(profile.interview.id)).toEqual([]);
  });

  it('stops on 401, asks for re-enrolment, and resumes with a new token', async () => {
    const { device, token: oldToken } = await addDevice(server.db, 'Centro Torino', 'Tablet to revoke');
    await revokeDevice(server.db, device.id);
    let current = oldToken;
    const onUnauthorized = vi.fn();
    const queue = new DexieOutboxQueue();
    const profile = makeProfile();
    await queue.enqueue(profile);
    const engine = createSyncEngine({
      queue,
      credentials: async () => ({ serverUrl: serverUrl(), token: current }),
      lock: localLock(),
      onUnauthorized,
    });

    expect((await engine.syncNow()).outcome).toBe('unauthorized');
    expect(engine.getStatus().phase).toBe('needs_enrolment');
    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(await queue.byState('queued')).toHaveLength(1);

    current = token;
    expect(await engine.credentialsChanged()).toMatchObject({ outcome: 'completed', stored: 1 });
    expect(await revisionsOnServer(profile.interview.id)).toEqual([1]);
  });

  it('keeps a revision finished during the upload queued and sends it next', async () => {
    const queue = new DexieOutboxQueue();
    const id = makeProfile().interview.id;
    await queue.enqueue(makeProfile({ id, revision: 1, note: 'first' }));
    const editingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      // The operator re-finishes the interview while revision 1 is on the wire.
      if (init?.method === 'PUT' && String(init.body).includes('"revision":1')) await queue.enqueue(makeProfile({ id, revision: 2, note: 'second' }));
      return response;
    };
    const engine = engineFor(queue, { api: (c) => createSyncApi({ ...c, fetch: editingFetch }) });

    expect(await engine.syncNow()).toMatchObject({ outcome: 'completed', stored: 2 });
    expect(await revisionsOnServer(id)).toEqual([1, 2]);
    const [row] = await queue.all();
    expect(row).toMatchObject({ state: 'synced', revision: 2 });
    expect(row!.receipts.map((r) => r.revision)).toEqual([1, 2]);
  });

  it('erases a synced profile on the server; a later upload of it is quarantined as erased', async () => {
    const queue = new DexieOutboxQueue();
    const profile = makeProfile();
    await queue.enqueue(profile);
    const engine = engineFor(queue);
    await engine.syncNow();
    const api = createSyncApi({ serverUrl: serverUrl(), token });
    expect(await api.eraseProfile(profile.interview.id)).toMatchObject({ kind: 'erased', erasure: { id: profile.interview.id, revisionsErased: 1 } });
    expect(await revisionsOnServer(profile.interview.id)).toEqual([]);

    await queue.enqueue(makeProfile({ id: profile.interview.id, revision: 2 }));
    expect(await engine.syncNow()).toMatchObject({ outcome: 'completed', quarantined: 1 });
    expect((await queue.all())[0]).toMatchObject({ state: 'quarantined', rejection: { status: 410, code: 'erased' } });
    expect(await createSyncApi({ serverUrl: serverUrl(), token: 'spt_wrong' }).eraseProfile(profile.interview.id)).toEqual({ kind: 'unauthorized', status: 401 });
  });

  it('lets only one of two tabs sync at a time (localStorage lease when Web Locks are missing)', async () => {
    const shared = new Map<string, string>();
    const storage = {
      getItem: (k: string) => shared.get(k) ?? null,
      setItem: (k: string, v: string) => void shared.set(k, v),
      removeItem: (k: string) => void shared.delete(k),
    } as Storage;
    const queue = new DexieOutboxQueue();
    const profiles = Array.from({ length: 6 }, () => makeProfile());
    for (const p of profiles) await queue.enqueue(p);
    const tabA = engineFor(queue, { lock: leaseLock(storage) });
    const tabB = engineFor(queue, { lock: leaseLock(storage) });

    const [a, b] = await Promise.all([tabA.syncNow(), tabB.syncNow()]);
    expect([a.outcome, b.outcome].sort()).toEqual(['completed', 'locked']);
    expect(a.stored + b.stored).toBe(6);
    for (const p of profiles) expect(await revisionsOnServer(p.interview.id)).toEqual([1]);
    expect(shared.size).toBe(0);
  });
});

it('retries 5xx and 429 answers instead of quarantining', async () => {
  const statuses = [503, 429, 500];
  for (const status of statuses) {
    const api = createSyncApi({
      serverUrl: 'http://server.invalid',
      token: 't',
      fetch: async () => new Response('{}', { status, headers: status === 429 ? { 'Retry-After': '7' } : {} }),
    });
    const profile = makeProfile();
    const result = await api.putProfile({ interviewId: profile.interview.id, revision: 1, profile });
    expect(result).toMatchObject({ kind: 'retry', status });
    if (status === 429) expect(result).toMatchObject({ retryAfterMs: 7000 });
  }
});

it('does not take a captive portal page for the server', async () => {
  const api = createSyncApi({ serverUrl: 'http://server.invalid', token: 't', fetch: async () => new Response('<html>Welcome to the hotel wifi</html>', { status: 200 }) });
  expect(await api.health()).toMatchObject({ reachable: false, reason: 'unexpected_response' });
});

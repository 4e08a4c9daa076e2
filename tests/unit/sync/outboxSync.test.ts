// @vitest-environment node
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../../server/app';
import { openPglite, type Database } from '../../../server/db/database';
import { migrate } from '../../../server/db/migrate';
import { addDevice, revokeDevice } from '../../../server/devices';
import { makeProfile } from '../../../server/testing/profileFixture';
import { createSyncApi, type SyncCredentials } from '../../../src/sync/apiClient';
import { createSyncEngine, type SyncEngineOptions } from '../../../src/sync/syncEngine';
import { leaseLock, localLock } from '../../../src/sync/syncLock';
import { DexieOutboxQueue } from './dexieOutboxQueue';

// The real server on a temporary PGlite database, reached over HTTP with the real fetch.
let db: Database;
let app: FastifyInstance | undefined;
let port = 0;
let token: string;
let deviceId: string;

async function startServer(options: Partial<AppOptions> = {}): Promise<void> {
  app = await buildApp({ db, rateLimitPerMinute: false, ...options });
  await app.listen({ port, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
}

async function stopServer(): Promise<void> {
  await app?.close();
  app = undefined;
}

const serverUrl = () => `http://127.0.0.1:${port}`;
const revisionsOnServer = async (id: string) =>
  (await db.query<{ revision: number }>('SELECT revision FROM profile_revisions WHERE id = $1 ORDER BY revision', [id])).rows.map((r) => r.revision);

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
  db = await openPglite();
  await migrate(db);
  ({ token, device: { id: deviceId } } = await addDevice(db, 'Centro Torino', 'Tablet 1'));
  await startServer();
}, 60_000);

afterAll(async () => {
  await stopServer();
  await db?.close();
});

beforeEach(async () => {
  if (!app) await startServer();
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
    await stopServer();

    const down = await engine.syncNow();
    expect(down.outcome).toBe('unreachable');
    expect(await queue.byState('queued')).toHaveLength(3);
    const again = await engine.syncNow();
    expect(again.outcome).toBe('unreachable');
    expect(engine.getStatus().consecutiveFailures).toBe(2);

    await startServer();
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
    await stopServer();
    await startServer({ bodyLimitBytes: 64 * 1024 });
    try {
      const queue = new DexieOutboxQueue();
      const big = makeProfile({ extraAnswers: 1000 });
      const invalid = makeProfile({ revision: 2 });
      // The server sees a revision that disagrees with the document; the device's own check passes.
      const item = { interviewId: invalid.interview.id, revision: 2, profile: invalid };
      const api = createSyncApi({ serverUrl: serverUrl(), token });
      // Like the engine, ask for health first: it also drops connections pooled to the previous server.
      await api.health();
      const res = await api.putProfile({ ...item, profile: { ...invalid, interview: { ...invalid.interview, status: 'draft' } } });
      expect(res).toMatchObject({ kind: 'rejected', status: 400, error: { code: 'validation_failed', issues: [{ path: 'profile.interview.status' }] } });

      await queue.enqueue(big);
      const run = await engineFor(queue).syncNow();
      expect(run).toMatchObject({ outcome: 'completed', quarantined: 1 });
      expect((await queue.all())[0]).toMatchObject({ state: 'quarantined', rejection: { status: 413, code: 'payload_too_large' } });
      expect(await revisionsOnServer(big.interview.id)).toEqual([]);
    } finally {
      await stopServer();
    }
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
    const { device, token: oldToken } = await addDevice(db, 'Centro Torino', 'Tablet to revoke');
    await revokeDevice(db, device.id);
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
    const result = await api.putProfile({ interviewId: deviceId, revision: 1, profile: makeProfile() });
    expect(result).toMatchObject({ kind: 'retry', status });
    if (status === 429) expect(result).toMatchObject({ retryAfterMs: 7000 });
  }
});

it('does not take a captive portal page for the server', async () => {
  const api = createSyncApi({ serverUrl: 'http://server.invalid', token: 't', fetch: async () => new Response('<html>Welcome to the hotel wifi</html>', { status: 200 }) });
  expect(await api.health()).toMatchObject({ reachable: false, reason: 'unexpected_response' });
});

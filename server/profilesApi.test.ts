// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Database } from './db/database';
import { addDevice, revokeDevice } from './devices';
import { makeProfile, putBody } from './testing/profileFixture';
import { testDatabases } from './testing/testDatabases';
import { profileContentHash } from '../src/domain/canonicalJson';
import { apiErrorSchema, profileResponseSchema, receiptSchema } from '../src/domain/syncContract';

const databases = await testDatabases();

describe.each(databases)('profiles API on $kind', (testDb) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let tokenA: string;
  let tokenA2: string;
  let tokenB: string;

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const put = (id: string, payload: unknown, token = tokenA) =>
    app.inject({ method: 'PUT', url: `/api/v1/profiles/${id}`, headers: auth(token), payload: payload as object });
  const get = (id: string, token = tokenA) => app.inject({ method: 'GET', url: `/api/v1/profiles/${id}`, headers: auth(token) });
  const countRows = async () => Number((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM profile_revisions')).rows[0]!.n);
  const deviceState = async () => (await db.query('SELECT id, last_seen_at FROM devices ORDER BY id')).rows;

  beforeAll(async () => {
    ({ db, dispose } = await testDb.open());
    tokenA = (await addDevice(db, 'Centro Torino', 'Tablet 1')).token;
    tokenA2 = (await addDevice(db, 'Centro Torino', 'Tablet 2')).token;
    tokenB = (await addDevice(db, 'Centro Bari', 'Tablet 1')).token;
    app = await buildApp({ db, rateLimitPerMinute: false, bodyLimitBytes: 256 * 1024 });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await dispose?.();
  });

  it('reports health and the database kind without a token', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: testDb.kind });
  });

  it('publishes an OpenAPI document generated from the zod schemas', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths['/api/v1/profiles/{id}'])).toEqual(expect.arrayContaining(['put', 'get', 'delete']));
    const body = doc.components.schemas.PutProfileBody;
    expect(body.required).toEqual(expect.arrayContaining(['revision', 'profile']));
    expect(body.properties.profile.properties.answers.type).toBe('array');
    expect(doc.components.schemas.Error.properties.code.enum).toContain('stale_revision');
  });

  describe('idempotency matrix', () => {
    it('stores a new id with 201 and a receipt carrying the content hash', async () => {
      const profile = makeProfile();
      const res = await put(profile.interview.id, putBody(profile));
      expect(res.statusCode).toBe(201);
      const receipt = receiptSchema.parse(res.json());
      expect(receipt).toMatchObject({ id: profile.interview.id, revision: 1, contentHash: await profileContentHash(profile) });
      expect(await countRows()).toBeGreaterThan(0);
    });

    it('answers a resend of the same revision and content with 200 and the very same receipt', async () => {
      const profile = makeProfile();
      const first = await put(profile.interview.id, putBody(profile));
      // A resend built later differs only in exportedAt, which is not content.
      const resend = await put(profile.interview.id, putBody({ ...profile, exportedAt: new Date(Date.now() + 60_000).toISOString() }));
      expect(first.statusCode).toBe(201);
      expect(resend.statusCode).toBe(200);
      expect(resend.json()).toEqual(first.json());
      const stored = profileResponseSchema.parse((await get(profile.interview.id)).json());
      expect(stored.history).toHaveLength(1);
    });

    it('refuses the same revision with other content (409 revision_conflict) and keeps the stored one', async () => {
      const profile = makeProfile({ note: 'original' });
      const first = (await put(profile.interview.id, putBody(profile))).json();
      const changed = makeProfile({ id: profile.interview.id, note: 'edited without a new revision' });
      const res = await put(profile.interview.id, putBody(changed));
      expect(res.statusCode).toBe(409);
      expect(apiErrorSchema.parse(res.json())).toMatchObject({ code: 'revision_conflict', latest: first });
      const stored = profileResponseSchema.parse((await get(profile.interview.id)).json());
      expect(stored.profile.answers.find((a) => a.path === 'work.notes')?.value).toEqual({ type: 'text', value: 'original' });
    });

    it('stores a higher revision with 201 and keeps the earlier ones as history', async () => {
      const id = makeProfile().interview.id;
      const r1 = (await put(id, putBody(makeProfile({ id, revision: 1, note: 'first' })))).json();
      const res = await put(id, putBody(makeProfile({ id, revision: 3, note: 'third' })));
      expect(res.statusCode).toBe(201);
      const stored = profileResponseSchema.parse((await get(id)).json());
      expect(stored.receipt).toEqual(res.json());
      expect(stored.profile.interview.revision).toBe(3);
      expect(stored.history.map((h) => h.revision)).toEqual([1, 3]);
      expect(stored.history[0]).toEqual(r1);
    });

    it('refuses a revision lower than the latest stored (409 stale_revision)', async () => {
      const id = makeProfile().interview.id;
      await put(id, putBody(makeProfile({ id, revision: 2 })));
      const res = await put(id, putBody(makeProfile({ id, revision: 1 })));
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'stale_revision', latest: { revision: 2 } });
    });

    it('stores a profile once when the same request arrives many times at once', async () => {
      const profile = makeProfile();
      const results = await Promise.all(Array.from({ length: 8 }, () => put(profile.interview.id, putBody(profile))));
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
      expect(new Set(results.map((r) => r.body)).size).toBe(1);
      const stored = profileResponseSchema.parse((await get(profile.interview.id)).json());
      expect(stored.history).toHaveLength(1);
    });
  });

  describe('rejected requests write nothing', () => {
    let rowsBefore: number;
    let devicesBefore: unknown;
    beforeEach(async () => {
      rowsBefore = await countRows();
      devicesBefore = await deviceState();
    });
    const expectNothingWritten = async () => {
      expect(await countRows()).toBe(rowsBefore);
      expect(await deviceState()).toEqual(devicesBefore);
    };

    it('lists the path of every validation issue (400)', async () => {
      const profile = makeProfile();
      const broken = {
        revision: 0,
        profile: {
          ...profile,
          interview: { ...profile.interview, createdAt: 'yesterday' },
          answers: [{ ...profile.answers[0], value: { type: 'choice', value: '' } }],
        },
      };
      const res = await put(profile.interview.id, broken);
      expect(res.statusCode).toBe(400);
      const body = apiErrorSchema.parse(res.json());
      expect(body.code).toBe('validation_failed');
      expect(body.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['revision', 'profile.interview.createdAt', 'profile.answers.0.value.value']));
      await expectNothingWritten();
    });

    it('refuses a body whose id or revision disagrees with the URL and the envelope (400)', async () => {
      const profile = makeProfile({ revision: 2 });
      const wrongId = await put(makeProfile().interview.id, putBody(profile));
      expect(wrongId.json().issues).toEqual([{ path: 'profile.interview.id', message: 'sync.idMismatch' }]);
      const wrongRevision = await put(profile.interview.id, { revision: 3, profile });
      expect(wrongRevision.statusCode).toBe(400);
      expect(wrongRevision.json().issues.map((i: { path: string }) => i.path)).toEqual(['profile.interview.revision']);
      const draft = makeProfile();
      draft.interview.status = 'draft';
      expect((await put(draft.interview.id, putBody(draft))).json().issues[0].path).toBe('profile.interview.status');
      expect((await put('not-a-uuid', putBody(profile))).json().issues[0].path).toBe('id');
      await expectNothingWritten();
    });

    it('refuses text holding U+0000, which the database cannot store, with 400 and its path', async () => {
      const profile = makeProfile();
      const index = profile.answers.findIndex((a) => a.value.type === 'text');
      profile.answers[index]!.value = { type: 'text', value: 'Mario\u0000Rossi' };
      const res = await put(profile.interview.id, putBody(profile));
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([{ path: `profile.answers.${index}.value.value`, message: expect.stringContaining('U+0000') }]);
      await expectNothingWritten();
    });

    it('answers malformed JSON with 400 invalid_json', async () => {
      const id = makeProfile().interview.id;
      const res = await app.inject({ method: 'PUT', url: `/api/v1/profiles/${id}`, headers: { ...auth(tokenA), 'content-type': 'application/json' }, payload: '{"revision": 1,' });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('invalid_json');
      await expectNothingWritten();
    });

    it('refuses a body over the size limit (413)', async () => {
      const profile = makeProfile({ extraAnswers: 3000 });
      const res = await put(profile.interview.id, putBody(profile));
      expect(res.statusCode).toBe(413);
      expect(res.json().code).toBe('payload_too_large');
      await expectNothingWritten();
    });

    it('leaves the stored revision untouched after a conflict', async () => {
      const profile = makeProfile();
      await put(profile.interview.id, putBody(profile));
      rowsBefore = await countRows();
      devicesBefore = await deviceState();
      const res = await put(profile.interview.id, putBody(makeProfile({ id: profile.interview.id, note: 'other' })));
      expect(res.statusCode).toBe(409);
      await expectNothingWritten();
    });
  });

  describe('authentication', () => {
    it('refuses requests without a valid token (401)', async () => {
      const profile = makeProfile();
      const none = await app.inject({ method: 'PUT', url: `/api/v1/profiles/${profile.interview.id}`, payload: putBody(profile) });
      expect(none.statusCode).toBe(401);
      expect(none.json().code).toBe('unauthorized');
      expect((await put(profile.interview.id, putBody(profile), 'spt_not-a-real-token')).statusCode).toBe(401);
      expect((await get(profile.interview.id, 'garbage')).statusCode).toBe(401);
    });

    it('refuses a revoked device', async () => {
      const { device, token } = await addDevice(db, 'Centro Torino', 'Lost tablet');
      const profile = makeProfile();
      expect((await put(profile.interview.id, putBody(profile), token)).statusCode).toBe(201);
      await revokeDevice(db, device.id);
      const again = makeProfile();
      expect((await put(again.interview.id, putBody(again), token)).statusCode).toBe(401);
    });

    it('stores only a hash of each token', async () => {
      const { rows } = await db.query<{ token_hash: string }>('SELECT token_hash FROM devices');
      for (const { token_hash } of rows) {
        expect(token_hash).toMatch(/^[0-9a-f]{64}$/);
        for (const token of [tokenA, tokenA2, tokenB]) expect(token_hash).not.toContain(token.slice(4, 20));
      }
    });
  });

  describe('organisations', () => {
    it("lets devices of the same organisation read a profile and hides it from other organisations (404)", async () => {
      const profile = makeProfile();
      await put(profile.interview.id, putBody(profile), tokenA);
      expect((await get(profile.interview.id, tokenA2)).statusCode).toBe(200);
      const other = await get(profile.interview.id, tokenB);
      expect(other.statusCode).toBe(404);
      expect(other.json().code).toBe('not_found');
    });

    it("keeps another organisation's profile with the same id apart", async () => {
      const profile = makeProfile({ note: 'Torino' });
      await put(profile.interview.id, putBody(profile), tokenA);
      const bari = makeProfile({ id: profile.interview.id, note: 'Bari' });
      expect((await put(profile.interview.id, putBody(bari), tokenB)).statusCode).toBe(201);
      const seenByA = profileResponseSchema.parse((await get(profile.interview.id, tokenA)).json());
      expect(seenByA.profile.answers.find((a) => a.path === 'work.notes')?.value).toEqual({ type: 'text', value: 'Torino' });
    });
  });

  describe('erasure', () => {
    it('deletes every revision, leaves a tombstone, and refuses a later upload (410 erased)', async () => {
      const id = makeProfile().interview.id;
      await put(id, putBody(makeProfile({ id, revision: 1 })));
      await put(id, putBody(makeProfile({ id, revision: 2 })));
      const del = await app.inject({ method: 'DELETE', url: `/api/v1/profiles/${id}`, headers: auth(tokenA) });
      expect(del.statusCode).toBe(200);
      expect(del.json()).toMatchObject({ id, revisionsErased: 2 });
      const left = await db.query('SELECT 1 FROM profile_revisions WHERE id = $1', [id]);
      expect(left.rows).toHaveLength(0);
      expect((await get(id)).json().code).toBe('erased');
      const late = await put(id, putBody(makeProfile({ id, revision: 3 })));
      expect(late.statusCode).toBe(410);
      expect(late.json().code).toBe('erased');
      const repeat = await app.inject({ method: 'DELETE', url: `/api/v1/profiles/${id}`, headers: auth(tokenA) });
      expect(repeat.json()).toMatchObject({ id, revisionsErased: 0, erasedAt: del.json().erasedAt });
    });

    it("cannot erase another organisation's profile", async () => {
      const profile = makeProfile();
      await put(profile.interview.id, putBody(profile), tokenA);
      await app.inject({ method: 'DELETE', url: `/api/v1/profiles/${profile.interview.id}`, headers: auth(tokenB) });
      expect((await get(profile.interview.id, tokenA)).statusCode).toBe(200);
    });
  });

  it('limits the request rate per client (429 with Retry-After)', async () => {
    const limited = await buildApp({ db, rateLimitPerMinute: 3 });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await limited.inject({ method: 'GET', url: '/api/v1/health' })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
      const res = await limited.inject({ method: 'GET', url: '/api/v1/health' });
      expect(res.json().code).toBe('rate_limited');
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.close();
    }
  });
});

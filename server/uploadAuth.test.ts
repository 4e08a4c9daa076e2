// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { profileContentHashSync } from './contentHash';
import type { Database } from './db/database';
import { addDevice } from './devices';
import { makeProfile, putBody } from './testing/profileFixture';
import { testDatabases } from './testing/testDatabases';
import { profileContentHash } from '../src/domain/canonicalJson';

const databases = await testDatabases();

it('computes the same content hash as the domain code the app uses', async () => {
  for (const profile of [makeProfile(), makeProfile({ extraAnswers: 37, note: 'Ünïcødé – تجربة' })]) {
    expect(profileContentHashSync(profile)).toBe(await profileContentHash(profile));
  }
});

describe.each(databases)('uploads by a device revoked while its token is remembered, on $kind', (testDb) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;

  beforeAll(async () => {
    ({ db, dispose } = await testDb.open());
    app = await buildApp({ db, rateLimitPerMinute: false });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await dispose?.();
  });

  it('refuses the next upload (401) and stores nothing, even when another process revoked it', async () => {
    const { device, token } = await addDevice(db, 'Centro Torino', 'Tablet revoked elsewhere');
    const put = (profile = makeProfile()) =>
      app.inject({ method: 'PUT', url: `/api/v1/profiles/${profile.interview.id}`, headers: { authorization: `Bearer ${token}` }, payload: putBody(profile) });
    expect((await put()).statusCode).toBe(201);
    // What `device revoke` run by the CLI against the same PostgreSQL does: this server is not told.
    await db.query('UPDATE devices SET revoked_at = now() WHERE id = $1', [device.id]);
    const count = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM profile_revisions WHERE device_id = $1', [device.id])).rows[0]!.n;
    const refused = await put();
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('unauthorized');
    expect(await count()).toBe(1);
    expect((await put()).statusCode).toBe(401);
  });
});

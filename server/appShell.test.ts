// @vitest-environment node
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, privacyLogger } from './app';
import { openPglite, type Database } from './db/database';
import { migrate } from './db/migrate';
import { addDevice } from './devices';
import { makeProfile, putBody } from './testing/profileFixture';

let db: Database;
let dir: string;

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  dir = await mkdtemp(join(tmpdir(), 'spt-pwa-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>app shell</title>');
  await writeFile(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
}, 60_000);

afterAll(async () => {
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('serving the PWA', () => {
  it('serves files, falls back to index.html for client routes, and never for /api/', async () => {
    const app = await buildApp({ db, staticDir: dir });
    try {
      const root = await app.inject({ method: 'GET', url: '/' });
      expect(root.statusCode).toBe(200);
      expect(root.body).toContain('app shell');
      const asset = await app.inject({ method: 'GET', url: '/assets/app-1234.js' });
      expect(asset.body).toBe('console.log(1)');
      expect(asset.headers['cache-control']).toContain('immutable');
      const route = await app.inject({ method: 'GET', url: '/interviews/123/section/work' });
      expect(route.statusCode).toBe(200);
      expect(route.body).toContain('app shell');
      expect(route.headers['cache-control']).toBe('no-cache');
      const api = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
      expect(api.statusCode).toBe(404);
      expect(api.json().code).toBe('not_found');
      expect((await app.inject({ method: 'GET', url: '/missing.js' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('runs the API alone when the build folder is missing', async () => {
    const app = await buildApp({ db, staticDir: join(dir, 'no-such-build') });
    try {
      expect((await app.inject({ method: 'GET', url: '/' })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

it('keeps tokens, profile contents, ids and client addresses out of the logs', async () => {
  let output = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      output += String(chunk);
      done();
    },
  });
  const logger = { ...(privacyLogger('trace') as object), stream };
  const app = await buildApp({ db, logger });
  try {
    const { token } = await addDevice(db, 'Centro Torino', 'Log tablet');
    const profile = makeProfile({ note: 'Distinctive-life-story-9731' });
    const headers = { authorization: `Bearer ${token}` };
    expect((await app.inject({ method: 'PUT', url: `/api/v1/profiles/${profile.interview.id}`, headers, payload: putBody(profile) })).statusCode).toBe(201);
    const broken = { ...putBody(profile), revision: 'Distinctive-life-story-9731' };
    expect((await app.inject({ method: 'PUT', url: `/api/v1/profiles/${profile.interview.id}`, headers, payload: broken })).statusCode).toBe(400);
    expect(output).toContain('/api/v1/profiles/:id');
    for (const secret of [token, 'Distinctive-life-story-9731', 'Amina', profile.interview.id, '127.0.0.1']) expect(output).not.toContain(secret);
  } finally {
    await app.close();
  }
});

it('applies each migration once', async () => {
  expect(await migrate(db)).toEqual([]);
  const { rows } = await db.query<{ name: string }>('SELECT name FROM schema_migrations');
  expect(rows.map((r) => r.name)).toContain('001_initial.sql');
});

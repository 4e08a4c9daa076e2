// @vitest-environment node
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { openPglite, type Database } from './db/database';
import { migrate } from './db/migrate';
import { precompressDir } from './http/precompress';

let db: Database;
let dir: string;
let app: FastifyInstance;
const script = Array.from({ length: 200 }, (_, i) => `export const label${i} = t('interview.question${i}', { count: ${i} });`).join('\n');
const shell = `<!doctype html><title>app shell</title>${'<meta name="x" content="padding">'.repeat(60)}`;
const worker = `self.__WB_MANIFEST = ${JSON.stringify(Array.from({ length: 40 }, (_, i) => ({ url: `/assets/chunk-${i}.js`, revision: null })))};`;

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  dir = await mkdtemp(join(tmpdir(), 'spt-compress-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), shell);
  await writeFile(join(dir, 'sw.js'), worker);
  await writeFile(join(dir, 'assets', 'index-abc123.js'), script);
  await precompressDir(dir);
  app = await buildApp({ db, staticDir: dir });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

describe('compressed static files', () => {
  it('writes brotli and gzip twins at build time that decode to the original', async () => {
    const original = await readFile(join(dir, 'assets', 'index-abc123.js'));
    expect(brotliDecompressSync(await readFile(join(dir, 'assets', 'index-abc123.js.br')))).toEqual(original);
    expect(gunzipSync(await readFile(join(dir, 'assets', 'index-abc123.js.gz')))).toEqual(original);
  });

  it('sends a script brotli-encoded to a browser that accepts it, identical once decoded and far smaller', async () => {
    const res = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
    expect(res.rawPayload.length).toBeLessThan(script.length / 3);
  });

  it('sends gzip to a client that accepts only gzip, and the plain file to one that accepts nothing', async () => {
    const gz = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/accept-encoding/i);
    expect(plain.body).toBe(script);
    const identity = await get('/assets/index-abc123.js', { 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body).toBe(script);
  });

  it('gives each encoding its own ETag and answers a matching revalidation with 304', async () => {
    const br = await get('/assets/index-abc123.js', { 'accept-encoding': 'br' });
    const plain = await get('/assets/index-abc123.js');
    expect(br.headers.etag).toBeTruthy();
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    const again = await get('/assets/index-abc123.js', { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it('keeps byte ranges of the plain file working', async () => {
    const res = await get('/assets/index-abc123.js', { range: 'bytes=0-9' });
    expect(res.statusCode).toBe(206);
    expect(res.body).toBe(script.slice(0, 10));
  });

  it('serves the service worker and the app shell plain and revalidated, so a hand-replaced sw.js (kill switch) is what browsers get', async () => {
    expect(existsSync(join(dir, 'sw.js.br'))).toBe(false);
    const sw = await get('/sw.js', { 'accept-encoding': 'br, gzip' });
    expect(sw.headers['content-encoding']).toBeUndefined();
    expect(sw.headers['cache-control']).toBe('no-cache');
    expect(sw.body).toBe(worker);
    const killSwitch = `self.addEventListener('install', () => self.skipWaiting()); // ${'x'.repeat(2000)}`;
    await writeFile(join(dir, 'sw.js'), killSwitch);
    expect((await get('/sw.js', { 'accept-encoding': 'br, gzip' })).body).toBe(killSwitch);
    const route = await get('/interviews/123', { 'accept-encoding': 'br' });
    expect(route.statusCode).toBe(200);
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(route.body).toBe(shell);
  });

  it('leaves the API alone', async () => {
    const res = await get('/api/v1/health', { 'accept-encoding': 'br, gzip' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toMatchObject({ status: 'ok' });
  });
});

// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { openPglite } from './db/database';
import { hashToken } from './devices';

const run = promisify(execFile);
const dirs: string[] = [];

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function cli(dataDir: string, ...args: string[]) {
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
  return run(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], { env });
}

it('enrols, lists and revokes devices, printing the token once and storing only its hash', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'spt-cli-'));
  dirs.push(dataDir);
  const added = await cli(dataDir, 'device', 'add', '--org', 'Centro Torino', '--name', 'Tablet 1');
  const token = /(spt_[\w-]+)/.exec(added.stdout)?.[1];
  const id = /id ([0-9a-f-]{36})/.exec(added.stdout)?.[1];
  expect(token).toBeDefined();
  expect(id).toBeDefined();

  const listed = await cli(dataDir, 'device', 'list');
  expect(listed.stdout).toContain('Centro Torino / Tablet 1');
  expect(listed.stdout).not.toContain(token);

  const revoked = await cli(dataDir, 'device', 'revoke', id!);
  expect(revoked.stdout).toContain('revoked');
  expect((await cli(dataDir, 'device', 'list')).stdout).toMatch(/Tablet 1 .*revoked/);

  const db = await openPglite(join(dataDir, 'pglite'));
  try {
    const { rows } = await db.query<{ token_hash: string }>('SELECT token_hash FROM devices');
    expect(rows).toEqual([{ token_hash: hashToken(token!) }]);
  } finally {
    await db.close();
  }
}, 120_000);

it('refuses device add without an organisation', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'spt-cli-'));
  dirs.push(dataDir);
  await expect(cli(dataDir, 'device', 'add', '--name', 'Tablet')).rejects.toMatchObject({ code: 2 });
}, 60_000);

it('refuses to open a PGlite folder another live process is using, and takes over a stale lock', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'spt-cli-'));
  dirs.push(dataDir);
  await writeFile(join(dataDir, 'pglite.lock'), String(process.pid));
  await expect(cli(dataDir, 'device', 'list')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('Another process') });

  await writeFile(join(dataDir, 'pglite.lock'), '999999999');
  expect((await cli(dataDir, 'device', 'list')).stdout).toContain('No devices enrolled.');
  await expect(readFile(join(dataDir, 'pglite.lock'), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
}, 60_000);

it('refuses a port that is not one, from --port or PORT, naming it', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'spt-cli-'));
  dirs.push(dataDir);
  await expect(cli(dataDir, 'serve', '--port', 'abc')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--port must be a non-negative integer, got "abc".') });
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PORT: '70000' };
  await expect(run(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'serve'], { env })).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringContaining('PORT must be a port number from 0 to 65535, got "70000".'),
  });
}, 60_000);

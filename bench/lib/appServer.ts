import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { buildApp } from '../../server/app';
import { openPglite } from '../../server/db/database';
import { migrate } from '../../server/db/migrate';
import { addDevice } from '../../server/devices';

export interface BenchApp {
  /** e.g. http://127.0.0.1:41234, serving the built PWA and its API. */
  url: string;
  buildDir: string;
  /** Token of an enrolled device, for sync measurements. */
  token: string;
  close(): Promise<void>;
}

/** Production build in a private folder (never dist/, which others use). */
export async function buildProduction(): Promise<string> {
  const buildDir = mkdtempSync(join(tmpdir(), 'spt-bench-build-'));
  await build({ logLevel: 'warn', build: { outDir: buildDir, emptyOutDir: true } });
  return buildDir;
}

/** The app's own server (server/app.ts) on a throwaway PGlite, serving the production build; deletes the build on close if it owns it. */
export async function startBenchApp(buildDir: string, { ownsBuild = true } = {}): Promise<BenchApp> {
  const db = await openPglite();
  await migrate(db);
  const { token } = await addDevice(db, 'Bench organisation', 'Bench tablet');
  const app = await buildApp({ db, staticDir: buildDir, rateLimitPerMinute: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    url,
    buildDir,
    token,
    async close() {
      await app.close();
      await db.close();
      if (ownsBuild) rmSync(buildDir, { recursive: true, force: true });
    },
  };
}

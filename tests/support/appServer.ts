import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { buildApp } from '../../server/app';
import { openPglite } from '../../server/db/database';
import { migrate } from '../../server/db/migrate';

export interface RunningApp {
  url: string;
  close: () => Promise<void>;
}

/** Production build into `outDir`; `version` stands in for a new release (the app shows it on the diagnostics screen). */
export async function buildProductionApp(outDir: string, options: { version?: string } = {}): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite would then build a development bundle (React dev mode,
  // import.meta.env.PROD false, no service worker registration): not what operators receive.
  const env = { NODE_ENV: process.env.NODE_ENV, APP_VERSION: process.env.APP_VERSION };
  process.env.NODE_ENV = 'production';
  if (options.version) process.env.APP_VERSION = options.version;
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The app's own server (server/app.ts on a throwaway PGlite) serving a built folder, API included. */
export async function serveBuild(dir: string): Promise<RunningApp> {
  const db = await openPglite();
  await migrate(db);
  const app = await buildApp({ db, staticDir: dir, rateLimitPerMinute: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    url,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/** Production build served on a free loopback port, exactly what an operator's browser receives. */
export async function startAppServer(outDir: string): Promise<RunningApp> {
  await buildProductionApp(outDir);
  return serveBuild(outDir);
}

/**
 * Time for one device to sync 500 queued profiles to the real server (PGlite, over HTTP), through
 * the sync engine and an IndexedDB outbox (fake-indexeddb in Node, so storage costs are indicative
 * only). `npx tsx bench/sync.bench.ts`
 */
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { buildApp } from '../server/app';
import { openPglite } from '../server/db/database';
import { migrate } from '../server/db/migrate';
import { addDevice } from '../server/devices';
import { makeProfile } from '../server/testing/profileFixture';
import { createSyncEngine } from '../src/sync/syncEngine';
import { localLock } from '../src/sync/syncLock';
import { DexieOutboxQueue } from '../tests/unit/sync/dexieOutboxQueue';

export interface SyncBenchRow {
  scenario: string;
  profiles: number;
  seconds: number;
  profilesPerSecond: number;
}

const PROFILES = Number(process.env.BENCH_PROFILES ?? 500);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function runSyncBench(profiles = PROFILES): Promise<SyncBenchRow[]> {
  const db = await openPglite();
  await migrate(db);
  const app = await buildApp({ db });
  const rows: SyncBenchRow[] = [];
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const serverUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const { token } = await addDevice(db, 'Bench organisation', 'Bench device');
    for (const concurrency of [1, 4]) {
      const queue = new DexieOutboxQueue();
      for (let i = 0; i < profiles; i++) await queue.enqueue(makeProfile({ extraAnswers: 37 }));
      const engine = createSyncEngine({ queue, credentials: async () => ({ serverUrl, token }), lock: localLock(), concurrency });
      const started = performance.now();
      const run = await engine.syncNow();
      const seconds = (performance.now() - started) / 1000;
      if (run.outcome !== 'completed' || run.stored !== profiles) throw new Error(`sync did not complete: ${JSON.stringify(run)}`);
      rows.push({ scenario: `sync queue, ${concurrency} in flight`, profiles, seconds: round(seconds, 2), profilesPerSecond: round(profiles / seconds) });
    }
  } finally {
    await app.close();
    await db.close();
  }
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.table(await runSyncBench());
}

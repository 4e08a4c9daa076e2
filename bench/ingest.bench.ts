/**
 * Server ingest throughput: finished profiles (≈40 answers each) uploaded over HTTP to the real
 * server, on PGlite and on PostgreSQL when one is available (TEST_DATABASE_URL, DATABASE_URL or
 * the database of .ci/postgres.sh). `npx tsx bench/ingest.bench.ts`
 */
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { buildApp } from '../server/app';
import { addDevice } from '../server/devices';
import { makeProfile, putBody } from '../server/testing/profileFixture';
import { testDatabases } from '../server/testing/testDatabases';

export interface IngestBenchRow {
  database: string;
  profiles: number;
  concurrency: number;
  seconds: number;
  profilesPerSecond: number;
  p95ms: number;
}

const PROFILES = Number(process.env.BENCH_PROFILES ?? 500);
const CONCURRENCY = 8;

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function runIngestBench(profiles = PROFILES): Promise<{ rows: IngestBenchRow[]; notes: string[] }> {
  const rows: IngestBenchRow[] = [];
  const notes: string[] = [];
  for (const target of await testDatabases()) {
    let opened;
    try {
      opened = await target.open();
    } catch (error) {
      notes.push(`${target.kind}: not measured (${error instanceof Error ? error.message : error})`);
      continue;
    }
    const { db, dispose } = opened;
    const app = await buildApp({ db, rateLimitPerMinute: false });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/profiles/`;
      const { token } = await addDevice(db, 'Bench organisation', 'Bench device');
      const bodies = Array.from({ length: profiles }, () => makeProfile({ extraAnswers: 37 })).map((p) => ({ id: p.interview.id, body: JSON.stringify(putBody(p)) }));
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      // Warm-up: JIT, connection pool and the first pages of the table.
      for (const p of Array.from({ length: 20 }, () => makeProfile())) await fetch(base + p.interview.id, { method: 'PUT', headers, body: JSON.stringify(putBody(p)) });

      const latencies: number[] = [];
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < bodies.length) {
            const { id, body } = bodies[next++]!;
            const t0 = performance.now();
            const res = await fetch(base + id, { method: 'PUT', headers, body });
            if (res.status !== 201) throw new Error(`unexpected ${res.status}: ${await res.text()}`);
            latencies.push(performance.now() - t0);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      rows.push({
        database: target.kind,
        profiles,
        concurrency: CONCURRENCY,
        seconds: round(seconds, 2),
        profilesPerSecond: round(profiles / seconds),
        p95ms: round(latencies[Math.ceil(latencies.length * 0.95) - 1]!),
      });
    } finally {
      await app.close();
      await dispose();
    }
  }
  return { rows, notes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { rows, notes } = await runIngestBench();
  console.table(rows);
  for (const n of notes) console.log(n);
}

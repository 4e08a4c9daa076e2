/**
 * Server ingest throughput: finished profiles (≈40 answers each) uploaded over HTTP to the real
 * server, on PGlite and on PostgreSQL when one is available (TEST_DATABASE_URL, DATABASE_URL or
 * the database of .ci/postgres.sh). `npx tsx bench/ingest.bench.ts`
 *
 * The uploading clients (tablets in real life) run in a worker thread: in the server's own event
 * loop, fetch's request and response handling cost about as much CPU as the server's work and was
 * counted as server time. `serverBusyMsPerProfile` is how long the server's event loop was busy per profile.
 * WARMUP_PROFILES uploads come first and are not counted.
 */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
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
  serverBusyMsPerProfile: number;
}

const PROFILES = Number(process.env.BENCH_PROFILES ?? 500);
const CONCURRENCY = 8;
/**
 * Uploads before the measured ones, the same way: the budget is a running server's throughput.
 * Twenty sequential uploads (until 2026-11-24) left V8 compiling the server's and PGlite's hot code
 * (JIT and wasm tier-up, on the same two cores) during the measured 500: a CPU profile of 2,000
 * profiles spent 4.5 ms per profile against 5.7 over the first 500.
 */
const WARMUP_PROFILES = 200;

/**
 * Plain JavaScript (no TypeScript loader in a worker started with `eval`): CONCURRENCY uploads in
 * flight until all are sent, over node:http with kept-alive connections. The load generator shares
 * the machine's cores with the server, so it is kept light: fetch spent about 1.3 ms of CPU per
 * upload, as much as the server's own HTTP and validation work.
 */
const UPLOADER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { base, headers, bodies, concurrency } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const put = (url, body) => new Promise((resolve, reject) => {
  const req = http.request(url, { method: 'PUT', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString() }));
    res.on('error', reject);
  });
  req.on('error', reject);
  req.end(body);
});
(async () => {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < bodies.length) {
      const { id, body } = bodies[next++];
      const t0 = performance.now();
      const res = await put(base + id, body);
      if (res.status !== 201) throw new Error('unexpected ' + res.status + ': ' + res.text);
      latencies.push(performance.now() - t0);
    }
  }));
  agent.destroy();
  parentPort.postMessage({ latencies, seconds: (performance.now() - started) / 1000 });
})().catch((error) => parentPort.postMessage({ error: String(error) }));
`;

function uploadFromWorker(base: string, headers: Record<string, string>, bodies: { id: string; body: string }[]): Promise<{ latencies: number[]; seconds: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(UPLOADER, { eval: true, workerData: { base, headers, bodies, concurrency: CONCURRENCY } });
    worker.once('message', (m: { latencies: number[]; seconds: number } | { error: string }) => {
      void worker.terminate();
      if ('error' in m) reject(new Error(m.error));
      else resolve(m);
    });
    worker.once('error', reject);
  });
}

/** `count` finished profiles of ~40 answers, as the bodies of their uploads. */
const uploads = (count: number) => Array.from({ length: count }, () => makeProfile({ extraAnswers: 37 })).map((p) => ({ id: p.interview.id, body: JSON.stringify(putBody(p)) }));

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
      const bodies = uploads(profiles);
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      // Warm-up: JIT and wasm tier-up, the connection pool, the first pages of the table.
      await uploadFromWorker(base, headers, uploads(WARMUP_PROFILES));

      const busyBefore = performance.eventLoopUtilization();
      const { latencies, seconds } = await uploadFromWorker(base, headers, bodies);
      const busy = performance.eventLoopUtilization(busyBefore);
      latencies.sort((a, b) => a - b);
      rows.push({
        database: target.kind,
        profiles,
        concurrency: CONCURRENCY,
        seconds: round(seconds, 2),
        profilesPerSecond: round(profiles / seconds),
        p95ms: round(latencies[Math.ceil(latencies.length * 0.95) - 1]!),
        // Time the server's event loop was busy (HTTP, validation, hashing and, for PGlite, the database).
        serverBusyMsPerProfile: round(busy.active / profiles, 2),
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

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Database, Queryable } from './database';

/**
 * PGlite in a worker thread. PGlite is PostgreSQL compiled to WebAssembly and runs synchronously in
 * the thread that calls it: in the server's own thread, every statement (about half of the CPU time
 * of an upload) stopped the event loop, so HTTP parsing, validation and hashing of the next uploads
 * waited for it. In a worker, the database and the HTTP side run on two cores.
 *
 * Same semantics as PGlite in the thread: one transaction at a time (PGlite's own lock, in the
 * worker), commit when the callback resolves, rollback when it throws.
 *
 * The worker is plain JavaScript evaluated from a string, so that it starts the same way under tsx,
 * Vitest and a compiled build (no TypeScript loader needed in the worker).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.pglitePath);
const ROLLBACK = Symbol('rollback');
const transactions = new Map();
let db;

const plainError = (error) => {
  const out = { message: String(error && error.message || error), name: error && error.name || 'Error' };
  if (error && typeof error === 'object') for (const key of Object.keys(error)) {
    const v = error[key];
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) out[key] = v;
  }
  return out;
};

function begin() {
  return new Promise((started, failed) => {
    const entry = {};
    entry.ended = new Promise((commit, rollback) => { entry.commit = commit; entry.rollback = rollback; });
    entry.done = db.transaction(async (tx) => {
      entry.tx = tx;
      started(entry);
      await entry.ended;
    });
    entry.done.catch(failed);
  });
}

async function run(m) {
  switch (m.op) {
    case 'open':
      db = await PGlite.create(workerData.dataDir);
      return;
    case 'query':
      return (await (m.tx ? transactions.get(m.tx).tx : db).query(m.sql, m.params)).rows;
    case 'exec':
      await (m.tx ? transactions.get(m.tx).tx : db).exec(m.sql);
      return;
    case 'begin':
      transactions.set(m.tx, await begin());
      return;
    case 'commit': {
      const entry = transactions.get(m.tx);
      transactions.delete(m.tx);
      entry.commit();
      await entry.done;
      return;
    }
    case 'rollback': {
      const entry = transactions.get(m.tx);
      transactions.delete(m.tx);
      entry.rollback(ROLLBACK);
      await entry.done.catch((e) => { if (e !== ROLLBACK) throw e; });
      return;
    }
    case 'close':
      await db.close();
      return;
  }
}

parentPort.on('message', (m) => {
  run(m).then(
    (result) => parentPort.postMessage({ id: m.id, ok: true, result }),
    (error) => parentPort.postMessage({ id: m.id, ok: false, error: plainError(error) }),
  );
});
`;

type Request = { op: 'open' | 'close' } | { op: 'query'; sql: string; params?: unknown[]; tx?: number } | { op: 'exec'; sql: string; tx?: number } | { op: 'begin' | 'commit' | 'rollback'; tx: number };
type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: Record<string, unknown> & { message: string; name: string } };

/** The error as PGlite raised it in the worker: message, PostgreSQL code, detail… */
function toError(plain: Record<string, unknown> & { message: string; name: string }): Error {
  return Object.assign(new Error(plain.message), plain);
}

export async function openPgliteThread(dataDir?: string): Promise<Database> {
  const pglitePath = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { pglitePath, dataDir } });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  let nextTx = 1;
  let failure: Error | undefined;

  worker.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    // An idle database thread does not keep the process alive; one with work under way does.
    if (pending.size === 0) worker.unref();
    if (reply.ok) waiting?.resolve(reply.result);
    else waiting?.reject(toError(reply.error));
  });
  const failAll = (error: Error) => {
    failure = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`The database thread stopped (exit code ${code}).`)));

  const call = <T>(request: Request): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    if (pending.size === 0) worker.ref();
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, ...request });
    });
  };

  const queryable = (tx?: number): Queryable => ({
    query: async <T extends object>(sql: string, params?: unknown[]) => ({ rows: await call<T[]>({ op: 'query', sql, params: params ?? [], ...(tx ? { tx } : {}) }) }),
    exec: (sql: string) => call<void>({ op: 'exec', sql, ...(tx ? { tx } : {}) }),
  });

  try {
    await call({ op: 'open' });
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  return {
    kind: 'pglite',
    ...queryable(),
    async transaction(fn) {
      const tx = nextTx++;
      await call({ op: 'begin', tx });
      let result;
      try {
        result = await fn(queryable(tx));
      } catch (error) {
        await call({ op: 'rollback', tx }).catch(() => undefined);
        throw error;
      }
      await call({ op: 'commit', tx });
      return result;
    },
    async close() {
      try {
        await call({ op: 'close' });
      } finally {
        worker.removeAllListeners('exit');
        await worker.terminate();
      }
    },
  };
}

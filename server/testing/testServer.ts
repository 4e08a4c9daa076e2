import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../app';
import { openPglite, type Database } from '../db/database';
import { migrate } from '../db/migrate';
import { addDevice } from '../devices';

/**
 * The real server on a temporary PGlite database, for tests that need a server they can stop
 * and start again (browser sync tests, benchmarks). The database outlives restarts, like a real
 * server's data folder.
 */
export interface TestServer {
  /** e.g. http://127.0.0.1:41234 — the same after a restart. */
  readonly url: string;
  /** Token of an enrolled device of `org`. */
  readonly token: string;
  readonly org: string;
  readonly db: Database;
  /** Graceful stop: in-flight requests finish. */
  stop(): Promise<void>;
  /** Crash: every open connection is cut, in-flight requests get no answer (their transactions still commit or roll back as a whole). */
  kill(): Promise<void>;
  /** Starts again on the same port and database. */
  start(): Promise<void>;
  /** Stored revision numbers of a profile, oldest first. */
  revisions(id: string): Promise<number[]>;
  /** Number of stored profile revisions, all organisations. */
  countRevisions(): Promise<number>;
  /** Stops the server and deletes the database. */
  close(): Promise<void>;
}

export interface TestServerOptions extends Omit<Partial<AppOptions>, 'db'> {
  port?: number;
  org?: string;
  /** Share another test server's database (booting PGlite takes seconds); it is then not closed here. */
  db?: Database;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { port: wantedPort = 0, org = 'Test organisation', db: sharedDb, ...appOptions } = options;
  const db = sharedDb ?? (await openPglite());
  if (!sharedDb) await migrate(db);
  const { token } = await addDevice(db, org, 'Test device');
  let app: FastifyInstance | undefined;
  let port = wantedPort;

  async function start() {
    if (app) return;
    const next = await buildApp({ rateLimitPerMinute: false, ...appOptions, db });
    await next.listen({ port, host: '127.0.0.1' });
    port = (next.server.address() as AddressInfo).port;
    app = next;
  }

  async function halt(abrupt: boolean) {
    const current = app;
    app = undefined;
    if (!current) return;
    const closing = current.close();
    if (abrupt) current.server.closeAllConnections();
    await closing;
  }

  await start();
  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    token,
    org,
    db,
    stop: () => halt(false),
    kill: () => halt(true),
    start,
    async revisions(id) {
      const { rows } = await db.query<{ revision: number }>('SELECT revision FROM profile_revisions WHERE id = $1 ORDER BY revision', [id]);
      return rows.map((r) => r.revision);
    },
    async countRevisions() {
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM profile_revisions');
      return rows[0]!.n;
    },
    async close() {
      await halt(true);
      if (!sharedDb) await db.close();
    },
  };
}

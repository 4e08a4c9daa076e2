import { createHash } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openPgliteThread } from './pgliteThread';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Queryable {
  query<T extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * The one interface the server talks to, so PGlite and PostgreSQL run the same SQL.
 * `transaction` commits when the callback resolves and rolls back when it throws: a request
 * that is rejected half-way leaves nothing behind.
 */
export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * PGlite in its own thread (pgliteThread.ts), so that the database and the HTTP side of the server
 * run in parallel. No dataDir means an in-memory database (tests, benchmarks).
 */
export function openPglite(dataDir?: string): Promise<Database> {
  return openPgliteThread(dataDir);
}

/** PGlite in the calling thread: every statement blocks it while it runs. */
export async function openPgliteInThread(dataDir?: string): Promise<Database> {
  // No dataDir means an in-memory database (tests, benchmarks).
  const db = await PGlite.create(dataDir);
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <T extends object>(sql: string, params?: unknown[]) => ({ rows: (await q.query<T>(sql, params)).rows }),
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}

export interface PostgresOptions {
  /** Tables are created and used in this schema (tests use a fresh one each). */
  schema?: string;
  maxConnections?: number;
}

const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `spt_${createHash('sha256').update(sql).digest('hex').slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  return name;
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection dropped by a PostgreSQL restart must not crash the process; the pool reconnects.
  pool.on('error', () => undefined);
  // Fail at start-up, not on the first request, when the URL is wrong.
  const probe = await pool.connect();
  probe.release();
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <T extends object>(sql: string, params?: unknown[]) => {
      // Named, so each connection parses and plans a statement once and reuses it (the upload
      // statement is a five-part CTE); the server's statements are a small fixed set of texts.
      const query = params?.length ? { name: statementName(sql), text: sql, values: params } : { text: sql };
      return { rows: (await c.query<T & pg.QueryResultRow>(query)).rows };
    },
    exec: async (sql: string) => {
      await c.query(sql);
    },
  });
  return {
    kind: 'postgresql',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export interface DatabaseConfig {
  databaseUrl?: string | undefined;
  dataDir: string;
}

/** PostgreSQL when a URL is configured, otherwise PGlite in the local data folder. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}

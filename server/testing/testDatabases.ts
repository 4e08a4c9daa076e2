import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../db/database';
import { migrate } from '../db/migrate';

/** What .ci/postgres.sh creates; used when no URL is given but that database is running locally. */
const LOCAL_TEST_URL = 'postgres://skills_profile:skills_profile@127.0.0.1:5432/skills_profile_test';

export interface TestDatabase {
  kind: Database['kind'];
  /** A migrated, empty database; `dispose` removes everything it created. */
  open(): Promise<{ db: Database; dispose(): Promise<void> }>;
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const pglite: TestDatabase = {
  kind: 'pglite',
  async open() {
    const db = await openPglite();
    await migrate(db);
    return { db, dispose: () => db.close() };
  },
};

function postgres(url: string): TestDatabase {
  return {
    kind: 'postgresql',
    async open() {
      // A schema per test file keeps parallel files and earlier runs apart on one database.
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const db = await openPostgres(url, { schema, maxConnections: 5 });
      await migrate(db);
      return {
        db,
        async dispose() {
          await db.close();
          const cleanup = new pg.Client({ connectionString: url });
          await cleanup.connect();
          await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
          await cleanup.end();
        },
      };
    },
  };
}

const missingInCi: TestDatabase = {
  kind: 'postgresql',
  open() {
    return Promise.reject(new Error('CI must run the server tests on PostgreSQL: set TEST_DATABASE_URL (see .ci/postgres.sh).'));
  },
};

/**
 * PGlite always; PostgreSQL when TEST_DATABASE_URL (or DATABASE_URL) is set or the database of
 * .ci/postgres.sh answers locally. In CI a missing PostgreSQL is a failure, not a skip.
 */
export async function testDatabases(): Promise<TestDatabase[]> {
  const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (url) return [pglite, postgres(url)];
  if (await reachable(LOCAL_TEST_URL)) return [pglite, postgres(LOCAL_TEST_URL)];
  return process.env.CI === 'true' ? [pglite, missingInCi] : [pglite];
}

// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from './db/database';
import { addDevice, revokeDevice, type AuthenticatedDevice } from './devices';
import { HttpError } from './http/httpError';
import { eraseProfile } from './profiles';
import { createProfileUploads, type ProfileUploads } from './profileUploads';
import { makeProfile, putBody } from './testing/profileFixture';
import { testDatabases } from './testing/testDatabases';

const databases = await testDatabases();

/** The real database, counting the statements that write uploads. */
function countingUploadStatements(db: Database): { db: Database; statements: () => number } {
  let statements = 0;
  const counted = (q: Queryable): Queryable['query'] =>
    (sql, params) => {
      if (/put_profiles|INSERT INTO profile_revisions/.test(sql)) statements++;
      return q.query(sql, params);
    };
  const wrapped: Database = {
    kind: db.kind,
    query: counted(db),
    exec: (sql) => db.exec(sql),
    transaction: (fn) => db.transaction((tx) => fn({ query: counted(tx), exec: (sql) => tx.exec(sql) })),
    close: () => db.close(),
  };
  return { db: wrapped, statements: () => statements };
}

/** What a request gets: its status, and the error code when refused. */
const answer = (upload: Promise<{ status: number }>) =>
  upload.then(
    (outcome) => String(outcome.status),
    (error: unknown) => (error instanceof HttpError ? `${error.status} ${error.code}` : 'failed'),
  );

describe.each(databases)('uploads written together on $kind', (testDb) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let uploads: ProfileUploads;
  let statements: () => number;
  let device: AuthenticatedDevice;

  const rowsOf = async (id: string) => (await db.query<{ revision: number }>('SELECT revision FROM profile_revisions WHERE id = $1 ORDER BY revision', [id])).rows.map((r) => r.revision);

  beforeAll(async () => {
    let real: Database;
    ({ db: real, dispose } = await testDb.open());
    ({ db, statements } = countingUploadStatements(real));
    uploads = createProfileUploads(db);
    device = (await addDevice(db, 'Centro Torino', 'Tablet 1')).device;
  }, 60_000);

  afterAll(async () => {
    await dispose?.();
  });

  it('answers every upload of a burst with its own outcome of the idempotency matrix, in fewer statements than uploads', async () => {
    const resent = makeProfile();
    const conflicting = makeProfile({ note: 'original' });
    const stale = makeProfile({ revision: 2 });
    const newer = makeProfile({ revision: 1 });
    const erased = makeProfile();
    const revoked = (await addDevice(db, 'Centro Torino', 'Tablet revoked')).device;
    for (const p of [resent, conflicting, stale, newer, erased]) await uploads.put(device, p.interview.id, putBody(p));
    await eraseProfile(db, device, erased.interview.id);
    await revokeDevice(db, revoked.id);

    const before = statements();
    const fresh = Array.from({ length: 4 }, () => makeProfile());
    const burst = [
      uploads.put(device, fresh[0]!.interview.id, putBody(fresh[0]!)),
      uploads.put(device, resent.interview.id, putBody(resent)),
      uploads.put(device, fresh[1]!.interview.id, putBody(fresh[1]!)),
      uploads.put(device, conflicting.interview.id, putBody(makeProfile({ id: conflicting.interview.id, note: 'edited' }))),
      uploads.put(device, stale.interview.id, putBody(makeProfile({ id: stale.interview.id, revision: 1 }))),
      uploads.put(device, newer.interview.id, putBody(makeProfile({ id: newer.interview.id, revision: 2 }))),
      uploads.put(device, erased.interview.id, putBody(erased)),
      uploads.put(revoked, fresh[2]!.interview.id, putBody(fresh[2]!)),
      uploads.put(device, fresh[3]!.interview.id, putBody(fresh[3]!)),
    ];
    expect(await Promise.all(burst.map(answer))).toEqual(['201', '200', '201', '409 revision_conflict', '409 stale_revision', '201', '410 erased', '401 unauthorized', '201']);
    expect(statements() - before).toBeLessThan(burst.length);
    expect(await rowsOf(fresh[2]!.interview.id)).toEqual([]);
    expect(await rowsOf(erased.interview.id)).toEqual([]);
    expect(await rowsOf(newer.interview.id)).toEqual([1, 2]);
    expect(await rowsOf(stale.interview.id)).toEqual([2]);
  });

  it('decides two uploads of one profile in a burst one after the other, in the order they came', async () => {
    const id = makeProfile().interview.id;
    // Two other uploads first, so that the two of one profile queue up (PostgreSQL writes two batches at once).
    // Written together, both would see no stored revision and both be stored.
    const lowerAfterHigher = [makeProfile(), makeProfile(), makeProfile({ id, revision: 2 }), makeProfile({ id, revision: 1 })];
    expect(await Promise.all(lowerAfterHigher.map((p) => answer(uploads.put(device, p.interview.id, putBody(p)))))).toEqual(['201', '201', '201', '409 stale_revision']);
    expect(await rowsOf(id)).toEqual([2]);

    const conflictId = makeProfile().interview.id;
    const sameRevision = [makeProfile(), makeProfile(), makeProfile({ id: conflictId, note: 'first' }), makeProfile({ id: conflictId, note: 'second' })];
    expect(await Promise.all(sameRevision.map((p) => answer(uploads.put(device, p.interview.id, putBody(p)))))).toEqual(['201', '201', '201', '409 revision_conflict']);
    expect(await rowsOf(conflictId)).toEqual([1]);
  });

  it('stores the others of a burst when the database refuses one document, and nothing of that one', async () => {
    // jsonb cannot hold U+0000, which a text answer may contain: the whole statement fails.
    const refused = makeProfile({ note: 'nul \u0000 byte' });
    const others = Array.from({ length: 4 }, () => makeProfile());
    const burst = [...others.slice(0, 2), refused, ...others.slice(2)].map((p) => uploads.put(device, p.interview.id, putBody(p)));
    expect(await Promise.all(burst.map(answer))).toEqual(['201', '201', 'failed', '201', '201']);
    expect(await rowsOf(refused.interview.id)).toEqual([]);
    for (const p of others) expect(await rowsOf(p.interview.id)).toEqual([1]);
  });
});

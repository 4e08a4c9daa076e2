import type { Queryable, Database } from './db/database';
import type { AuthenticatedDevice } from './devices';
import { HttpError } from './http/httpError';
import { profileDocumentSchema, type ProfileDocument } from '../src/domain/profileDocument';
import type { ErasureResponse, ProfileResponse, Receipt } from '../src/domain/syncContract';

interface RevisionRow {
  id: string;
  revision: number;
  content_hash: string;
  received_at: Date;
}

export const toReceipt = (r: RevisionRow): Receipt => ({
  id: r.id,
  revision: r.revision,
  contentHash: r.content_hash,
  receivedAt: r.received_at.toISOString(),
});

/** What the advisory lock of a profile is taken on (hashtext of it), by erasure and by uploads. */
export const profileLockKey = (org: string, id: string) => `${org}\n${id}`;

/** Serialises concurrent writes to one profile (two tabs, a retry racing the original). */
async function lockProfile(tx: Queryable, org: string, id: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [profileLockKey(org, id)]);
}

/** 410 for any request about a profile that has a tombstone (reads and uploads). */
export const erasedError = () => new HttpError(410, 'erased', 'This profile was erased on the server and cannot be stored again.');

async function assertNotErased(tx: Queryable, org: string, id: string): Promise<void> {
  const { rows } = await tx.query('SELECT 1 FROM profile_tombstones WHERE org = $1 AND id = $2', [org, id]);
  if (rows.length) throw erasedError();
}

export async function getProfile(db: Database, device: AuthenticatedDevice, id: string): Promise<ProfileResponse> {
  return db.transaction(async (tx) => {
    await assertNotErased(tx, device.org, id);
    const { rows } = await tx.query<RevisionRow & { document: ProfileDocument }>(
      'SELECT id, revision, content_hash, received_at, document FROM profile_revisions WHERE org = $1 AND id = $2 ORDER BY revision',
      [device.org, id],
    );
    const latest = rows[rows.length - 1];
    // Another organisation's profile is indistinguishable from a missing one.
    if (!latest) throw new HttpError(404, 'not_found', 'No such profile.');
    // Stored documents are read back through the schema too: one written by an older server that no
    // longer parses is reported (and stays in the table), never served as if it were valid.
    const profile = profileDocumentSchema.safeParse(latest.document);
    if (!profile.success) throw new Error(`stored revision ${latest.revision} no longer matches the profile schema`);
    return { receipt: toReceipt(latest), profile: profile.data, history: rows.map(toReceipt) };
  });
}

/**
 * Erasure: every stored revision is deleted and a tombstone remembers the id, so a device that
 * still holds the profile in its outbox gets 410 `erased` instead of re-creating it.
 */
export async function eraseProfile(db: Database, device: AuthenticatedDevice, id: string): Promise<ErasureResponse> {
  return db.transaction(async (tx) => {
    await lockProfile(tx, device.org, id);
    const existing = await tx.query<{ erased_at: Date }>('SELECT erased_at FROM profile_tombstones WHERE org = $1 AND id = $2', [device.org, id]);
    if (existing.rows[0]) return { id, erasedAt: existing.rows[0].erased_at.toISOString(), revisionsErased: 0 };
    const deleted = await tx.query('DELETE FROM profile_revisions WHERE org = $1 AND id = $2 RETURNING revision', [device.org, id]);
    const erasedAt = new Date();
    await tx.query('INSERT INTO profile_tombstones (org, id, erased_at, device_id) VALUES ($1, $2, $3, $4)', [device.org, id, erasedAt, device.id]);
    return { id, erasedAt: erasedAt.toISOString(), revisionsErased: deleted.rows.length };
  });
}

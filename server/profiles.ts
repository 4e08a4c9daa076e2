import type { Queryable, Database } from './db/database';
import type { AuthenticatedDevice } from './devices';
import { HttpError } from './http/httpError';
import { profileContentHash } from '../src/domain/canonicalJson';
import { profileDocumentSchema, type ProfileDocument } from '../src/domain/profileDocument';
import type { ErasureResponse, ProfileResponse, PutProfileBody, Receipt } from '../src/domain/syncContract';

interface RevisionRow {
  id: string;
  revision: number;
  content_hash: string;
  received_at: Date;
}

const toReceipt = (r: RevisionRow): Receipt => ({
  id: r.id,
  revision: r.revision,
  contentHash: r.content_hash,
  receivedAt: r.received_at.toISOString(),
});

/** Serialises concurrent writes to one profile (two tabs, a retry racing the original). */
async function lockProfile(tx: Queryable, org: string, id: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${org}\n${id}`]);
}

async function assertNotErased(tx: Queryable, org: string, id: string): Promise<void> {
  const { rows } = await tx.query('SELECT 1 FROM profile_tombstones WHERE org = $1 AND id = $2', [org, id]);
  if (rows.length) throw new HttpError(410, 'erased', 'This profile was erased on the server and cannot be stored again.');
}

export interface PutOutcome {
  status: 200 | 201;
  receipt: Receipt;
}

/**
 * The idempotency rules of the contract, decided against the latest stored revision:
 * new id → 201; same revision and content → 200 with the original receipt; same revision,
 * other content → 409 revision_conflict; lower revision → 409 stale_revision; higher → 201
 * (earlier revisions stay as history).
 */
export async function putProfile(db: Database, device: AuthenticatedDevice, id: string, body: PutProfileBody): Promise<PutOutcome> {
  const contentHash = await profileContentHash(body.profile);
  return db.transaction(async (tx) => {
    // PGlite runs one transaction at a time anyway; PostgreSQL needs the lock.
    if (db.kind === 'postgresql') await lockProfile(tx, device.org, id);
    // Tombstone and latest revision in one round trip: this is the hot path of every upload.
    const { rows } = await tx.query<Partial<RevisionRow> & { erased: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM profile_tombstones WHERE org = $1 AND id = $2) AS erased, r.*
         FROM (SELECT 1) AS one
         LEFT JOIN LATERAL (
           SELECT id, revision, content_hash, received_at FROM profile_revisions
            WHERE org = $1 AND id = $2 ORDER BY revision DESC LIMIT 1
         ) AS r ON true`,
      [device.org, id],
    );
    const found = rows[0]!;
    if (found.erased) throw new HttpError(410, 'erased', 'This profile was erased on the server and cannot be stored again.');
    if (found.revision !== undefined && found.revision !== null) {
      const latest = found as RevisionRow;
      const latestReceipt = toReceipt(latest);
      if (body.revision === latest.revision) {
        if (latest.content_hash === contentHash) return { status: 200, receipt: latestReceipt };
        throw new HttpError(409, 'revision_conflict', 'This revision is already stored with different content.', { latest: latestReceipt });
      }
      if (body.revision < latest.revision) {
        throw new HttpError(409, 'stale_revision', 'A later revision of this profile is already stored.', { latest: latestReceipt });
      }
    }
    const receivedAt = new Date();
    const inserted = await tx.query<RevisionRow>(
      `INSERT INTO profile_revisions (org, id, revision, content_hash, document, received_at, device_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, revision, content_hash, received_at`,
      [device.org, id, body.revision, contentHash, JSON.stringify(body.profile), receivedAt, device.id],
    );
    await tx.query('UPDATE devices SET last_seen_at = $2 WHERE id = $1', [device.id, receivedAt]);
    return { status: 201, receipt: toReceipt(inserted.rows[0]!) };
  });
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

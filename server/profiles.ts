import type { Queryable, Database } from './db/database';
import type { AuthenticatedDevice } from './devices';
import { HttpError } from './http/httpError';
import { profileContentHashSync } from './contentHash';
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
 * The whole decision of an upload in one statement, so that PGlite (one protocol exchange per
 * statement) and PostgreSQL (one round trip) pay for it once: is the device still active (the
 * token lookup may come from `deviceAuthCache`, the revocation check never does), is the id
 * erased, what is the latest revision, and — only when the revision is new and higher — the
 * insert. `last_seen_at` is written with a new revision, at most once a minute per device: every
 * concurrent upload of a device used to update (and lock) the same devices row until it committed.
 */
const PUT_PROFILE_SQL = `
WITH active AS (
  SELECT id FROM devices WHERE id = $7::uuid AND revoked_at IS NULL
), erased AS (
  SELECT EXISTS (SELECT 1 FROM profile_tombstones WHERE org = $1::text AND id = $2::uuid) AS erased
), latest AS (
  SELECT id, revision, content_hash, received_at FROM profile_revisions
   WHERE org = $1::text AND id = $2::uuid ORDER BY revision DESC LIMIT 1
), stored AS (
  INSERT INTO profile_revisions (org, id, revision, content_hash, document, received_at, device_id)
  SELECT $1::text, $2::uuid, $3::int, $4::text, $5::jsonb, $6::timestamptz, active.id
    FROM active, erased
   WHERE NOT erased.erased AND NOT EXISTS (SELECT 1 FROM latest WHERE latest.revision >= $3::int)
  RETURNING id, revision, content_hash, received_at
), seen AS (
  UPDATE devices SET last_seen_at = $6::timestamptz
   WHERE id = $7::uuid AND EXISTS (SELECT 1 FROM stored)
     AND (last_seen_at IS NULL OR last_seen_at < $6::timestamptz - interval '1 minute')
)
SELECT EXISTS (SELECT 1 FROM active) AS active, erased.erased,
       latest.id AS latest_id, latest.revision AS latest_revision, latest.content_hash AS latest_content_hash,
       latest.received_at AS latest_received_at,
       stored.id AS stored_id, stored.revision AS stored_revision, stored.content_hash AS stored_content_hash,
       stored.received_at AS stored_received_at
  FROM erased LEFT JOIN latest ON true LEFT JOIN stored ON true`;

interface PutProfileRow {
  active: boolean;
  erased: boolean;
  latest_id: string | null;
  latest_revision: number | null;
  latest_content_hash: string | null;
  latest_received_at: Date | null;
  stored_id: string | null;
  stored_revision: number | null;
  stored_content_hash: string | null;
  stored_received_at: Date | null;
}

/**
 * The idempotency rules of the contract, decided against the latest stored revision:
 * new id → 201; same revision and content → 200 with the original receipt; same revision,
 * other content → 409 revision_conflict; lower revision → 409 stale_revision; higher → 201
 * (earlier revisions stay as history). A device revoked since its token was looked up → 401.
 */
export async function putProfile(db: Database, device: AuthenticatedDevice, id: string, body: PutProfileBody): Promise<PutOutcome> {
  const contentHash = profileContentHashSync(body.profile);
  const document = JSON.stringify(body.profile);
  const params = [device.org, id, body.revision, contentHash, document, new Date(), device.id];
  // One statement is one transaction: it inserts only when the upload is accepted, so every
  // rejection below leaves nothing behind. PostgreSQL also needs the per-profile lock, taken in the
  // same transaction before the statement reads; PGlite runs one statement at a time, so there the
  // statement alone is the transaction (no BEGIN/COMMIT exchanges).
  const { rows } =
    db.kind === 'postgresql'
      ? await db.transaction(async (tx) => {
          await lockProfile(tx, device.org, id);
          return tx.query<PutProfileRow>(PUT_PROFILE_SQL, params);
        })
      : await db.query<PutProfileRow>(PUT_PROFILE_SQL, params);
  const row = rows[0]!;
  if (!row.active) throw new HttpError(401, 'unauthorized', 'A valid device token is required.');
  if (row.erased) throw new HttpError(410, 'erased', 'This profile was erased on the server and cannot be stored again.');
  if (row.stored_revision !== null) {
    return { status: 201, receipt: toReceipt({ id: row.stored_id!, revision: row.stored_revision, content_hash: row.stored_content_hash!, received_at: row.stored_received_at! }) };
  }
  // Nothing was inserted, so a revision at least as high as this one is stored.
  const latest = toReceipt({ id: row.latest_id!, revision: row.latest_revision!, content_hash: row.latest_content_hash!, received_at: row.latest_received_at! });
  if (body.revision === latest.revision) {
    if (latest.contentHash === contentHash) return { status: 200, receipt: latest };
    throw new HttpError(409, 'revision_conflict', 'This revision is already stored with different content.', { latest });
  }
  throw new HttpError(409, 'stale_revision', 'A later revision of this profile is already stored.', { latest });
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

import type { Database } from './db/database';
import { createGroupCommit } from './db/groupCommit';
import type { AuthenticatedDevice } from './devices';
import { HttpError } from './http/httpError';
import { profileContentHashSync } from './contentHash';
import { profileLockKey } from './profiles';
import type { PutProfileBody, Receipt } from '../src/domain/syncContract';

export interface PutOutcome {
  status: 200 | 201;
  receipt: Receipt;
}

export interface ProfileUploads {
  /**
   * The idempotency rules of the contract, decided against the latest stored revision:
   * new id → 201; same revision and content → 200 with the original receipt; same revision,
   * other content → 409 revision_conflict; lower revision → 409 stale_revision; higher → 201
   * (earlier revisions stay as history). A device revoked since its token was looked up → 401.
   */
  put(device: AuthenticatedDevice, id: string, body: PutProfileBody): Promise<PutOutcome>;
}

interface Upload {
  org: string;
  id: string;
  revision: number;
  contentHash: string;
  /** The profile as JSON text. */
  document: string;
  receivedAt: string;
  deviceId: string;
}

/**
 * The whole decision of every upload of a batch in one statement, so that PGlite (one protocol
 * exchange per statement) and PostgreSQL (one round trip) pay for it once per batch: is the device
 * still active (the token lookup may come from `deviceAuthCache`, the revocation check never does),
 * is the id erased, what is the latest revision, and — only when the revision is new and higher — the
 * insert. A batch never holds two uploads of one profile (groupCommit), so the uploads of a batch do
 * not see each other. `last_seen_at` is written with a new revision, at most once a minute per
 * device: every concurrent upload of a device used to update (and lock) the same devices row.
 * The documents come as one JSON array: they are parsed once, straight into jsonb.
 */
const PUT_PROFILES_SQL = `
WITH upload AS (
  SELECT * FROM ROWS FROM (
    unnest($1::text[]), unnest($2::uuid[]), unnest($3::int[]), unnest($4::text[]),
    jsonb_array_elements($5::jsonb), unnest($6::timestamptz[]), unnest($7::uuid[])
  ) WITH ORDINALITY AS u(org, id, revision, content_hash, document, received_at, device_id, n)
), checked AS (
  SELECT upload.*,
         EXISTS (SELECT 1 FROM devices WHERE devices.id = upload.device_id AND devices.revoked_at IS NULL) AS active,
         EXISTS (SELECT 1 FROM profile_tombstones t WHERE t.org = upload.org AND t.id = upload.id) AS erased,
         latest.revision AS latest_revision, latest.content_hash AS latest_content_hash, latest.received_at AS latest_received_at
    FROM upload LEFT JOIN LATERAL (
      SELECT r.revision, r.content_hash, r.received_at FROM profile_revisions r
       WHERE r.org = upload.org AND r.id = upload.id ORDER BY r.revision DESC LIMIT 1
    ) latest ON true
), stored AS (
  INSERT INTO profile_revisions (org, id, revision, content_hash, document, received_at, device_id)
  SELECT org, id, revision, content_hash, document, received_at, device_id FROM checked
   WHERE active AND NOT erased AND (latest_revision IS NULL OR latest_revision < revision)
  RETURNING org, id, revision, content_hash, received_at, device_id
), seen AS (
  UPDATE devices SET last_seen_at = device_upload.at
    FROM (SELECT device_id, max(received_at) AS at FROM stored GROUP BY device_id) AS device_upload
   WHERE devices.id = device_upload.device_id
     AND (devices.last_seen_at IS NULL OR devices.last_seen_at < device_upload.at - interval '1 minute')
)
SELECT c.id, c.active, c.erased,
       c.latest_revision, c.latest_content_hash, c.latest_received_at,
       s.revision AS stored_revision, s.content_hash AS stored_content_hash, s.received_at AS stored_received_at
  FROM checked c LEFT JOIN stored s ON s.org = c.org AND s.id = c.id
 ORDER BY c.n`;

/** Taken in key order, so that two transactions locking overlapping sets cannot deadlock. */
const LOCK_PROFILES_SQL = `
SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtext(key) AS k FROM unnest($1::text[]) AS key ORDER BY k) AS keys`;

interface UploadRow {
  id: string;
  active: boolean;
  erased: boolean;
  latest_revision: number | null;
  latest_content_hash: string | null;
  latest_received_at: Date | null;
  stored_revision: number | null;
  stored_content_hash: string | null;
  stored_received_at: Date | null;
}

/**
 * One statement is one transaction: it inserts only the uploads that are accepted, so every
 * rejection leaves nothing behind. PostgreSQL also needs the per-profile locks (shared with
 * erasure), taken in the same transaction before the statement reads; PGlite runs one statement at
 * a time, so there the statement alone is the transaction (no BEGIN/COMMIT exchanges).
 */
async function storeUploads(db: Database, uploads: Upload[]): Promise<UploadRow[]> {
  const params = [
    uploads.map((u) => u.org),
    uploads.map((u) => u.id),
    uploads.map((u) => u.revision),
    uploads.map((u) => u.contentHash),
    `[${uploads.map((u) => u.document).join(',')}]`,
    uploads.map((u) => u.receivedAt),
    uploads.map((u) => u.deviceId),
  ];
  const { rows } =
    db.kind === 'postgresql'
      ? await db.transaction(async (tx) => {
          await tx.query(LOCK_PROFILES_SQL, [uploads.map((u) => profileLockKey(u.org, u.id))]);
          return tx.query<UploadRow>(PUT_PROFILES_SQL, params);
        })
      : await db.query<UploadRow>(PUT_PROFILES_SQL, params);
  return rows;
}

function outcome(row: UploadRow, upload: Upload): PutOutcome {
  if (!row.active) throw new HttpError(401, 'unauthorized', 'A valid device token is required.');
  if (row.erased) throw new HttpError(410, 'erased', 'This profile was erased on the server and cannot be stored again.');
  if (row.stored_revision !== null) {
    return { status: 201, receipt: { id: row.id, revision: row.stored_revision, contentHash: row.stored_content_hash!, receivedAt: row.stored_received_at!.toISOString() } };
  }
  // Nothing was inserted, so a revision at least as high as this one is stored.
  const latest: Receipt = { id: row.id, revision: row.latest_revision!, contentHash: row.latest_content_hash!, receivedAt: row.latest_received_at!.toISOString() };
  if (upload.revision === latest.revision) {
    if (latest.contentHash === upload.contentHash) return { status: 200, receipt: latest };
    throw new HttpError(409, 'revision_conflict', 'This revision is already stored with different content.', { latest });
  }
  throw new HttpError(409, 'stale_revision', 'A later revision of this profile is already stored.', { latest });
}

/** Statements stay well below PostgreSQL's and PGlite's message limits even with large documents. */
const MAX_BATCH = 32;
const MAX_BATCH_BYTES = 1024 * 1024;

export function createProfileUploads(db: Database): ProfileUploads {
  const submit = createGroupCommit<Upload, UploadRow>({
    key: (u) => profileLockKey(u.org, u.id),
    size: (u) => u.document.length,
    maxItems: MAX_BATCH,
    maxBytes: MAX_BATCH_BYTES,
    // PGlite runs one statement at a time anyway.
    concurrency: db.kind === 'postgresql' ? 2 : 1,
    write: (uploads) => storeUploads(db, uploads),
  });
  return {
    async put(device, id, body) {
      const upload: Upload = {
        org: device.org,
        id,
        revision: body.revision,
        contentHash: profileContentHashSync(body.profile),
        document: JSON.stringify(body.profile),
        receivedAt: new Date().toISOString(),
        deviceId: device.id,
      };
      return outcome(await submit(upload), upload);
    },
  };
}

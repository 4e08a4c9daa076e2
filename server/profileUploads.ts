import type { Database } from './db/database';
import { createGroupCommit } from './db/groupCommit';
import type { AuthenticatedDevice } from './devices';
import { HttpError, unauthorizedError } from './http/httpError';
import { profileContentHashSync } from './contentHash';
import { erasedError, profileLockKey, toReceipt } from './profiles';
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
 * One call of `put_profiles` (migration 003) decides and stores the whole batch: is the device still
 * active (the token lookup may come from `deviceAuthCache`, the revocation check never does), is the
 * id erased, what is the latest revision, and — only when the revision is new and higher — the insert.
 * One statement is one transaction: it inserts only the uploads that are accepted, so every rejection
 * leaves nothing behind, and a statement that fails leaves nothing of its batch.
 */
async function storeUploads(db: Database, uploads: Upload[]): Promise<UploadRow[]> {
  const { rows } = await db.query<UploadRow>('SELECT * FROM put_profiles($1, $2, $3, $4, $5, $6, $7, $8)', [
    uploads.map((u) => profileLockKey(u.org, u.id)),
    uploads.map((u) => u.org),
    uploads.map((u) => u.id),
    uploads.map((u) => u.revision),
    uploads.map((u) => u.contentHash),
    // The documents as one JSON array: parsed once, straight into jsonb.
    `[${uploads.map((u) => u.document).join(',')}]`,
    uploads.map((u) => u.receivedAt),
    uploads.map((u) => u.deviceId),
  ]);
  return rows;
}

function outcome(row: UploadRow, upload: Upload): PutOutcome {
  if (!row.active) throw unauthorizedError();
  if (row.erased) throw erasedError();
  if (row.stored_revision !== null) {
    return { status: 201, receipt: toReceipt({ id: row.id, revision: row.stored_revision, content_hash: row.stored_content_hash!, received_at: row.stored_received_at! }) };
  }
  // Nothing was inserted, so a revision at least as high as this one is stored.
  const latest = toReceipt({ id: row.id, revision: row.latest_revision!, content_hash: row.latest_content_hash!, received_at: row.latest_received_at! });
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

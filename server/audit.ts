import type { Database } from './db/database';
import type { AuthenticatedDevice } from './devices';
import type { AuditReceipt, AuditUploadBody } from '../src/domain/auditEntry';

/** Stores a device's audit entries under its organisation; entries already stored are skipped. */
export async function storeAuditEntries(db: Database, device: AuthenticatedDevice, body: AuditUploadBody): Promise<AuditReceipt> {
  const receivedAt = new Date();
  return db.transaction(async (tx) => {
    let received = 0;
    for (const e of body.entries) {
      const { rows } = await tx.query(
        `INSERT INTO audit_entries (org, device_id, seq, at, operator_id, action, interview_id, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (device_id, seq) DO NOTHING RETURNING seq`,
        [device.org, device.id, e.seq, e.at, e.operatorId, e.action, e.interviewId, receivedAt],
      );
      received += rows.length;
    }
    return { received, throughSeq: Math.max(...body.entries.map((e) => e.seq)) };
  });
}

import { auditReceiptSchema, MAX_AUDIT_BATCH } from '../domain/auditEntry';
import { API_PREFIX } from '../domain/syncContract';
import type { InterviewStore } from '../storage/interviewStore';
import type { ServerCredentials } from './serverErasure';

export type AuditSendResult =
  | { kind: 'sent'; entries: number }
  | { kind: 'unauthorized'; status: 401 | 403 }
  /** Not reached or not confirmed: the entries stay unsent and go with the next sync. */
  | { kind: 'retry'; status: number; reason: string; entries: number };

/**
 * Sends the device's unsent audit entries (`POST /api/v1/audit`), batch by batch. Each batch is
 * marked sent only after the server's receipt, so a lost answer means a harmless re-send. The
 * sync engine calls this with the same credentials it uses for profiles.
 */
export async function sendAuditTrail(
  store: Pick<InterviewStore, 'unsentAudit' | 'markAuditSent'>,
  credentials: ServerCredentials,
  doFetch: typeof fetch = (i, init) => globalThis.fetch(i, init),
): Promise<AuditSendResult> {
  const url = `${credentials.serverUrl.trim().replace(/\/+$/, '')}${API_PREFIX}/audit`;
  let sent = 0;
  for (;;) {
    const entries = await store.unsentAudit(MAX_AUDIT_BATCH);
    if (!entries.length) return { kind: 'sent', entries: sent };
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${credentials.token}` },
        body: JSON.stringify({ entries }),
        cache: 'no-store',
      });
    } catch (error) {
      return { kind: 'retry', status: 0, reason: error instanceof Error ? error.name : 'network', entries: sent };
    }
    if (response.status === 401 || response.status === 403) return { kind: 'unauthorized', status: response.status };
    const receipt = auditReceiptSchema.safeParse(await response.json().catch(() => undefined));
    if (!response.ok || !receipt.success) return { kind: 'retry', status: response.status, reason: response.ok ? 'invalid_receipt' : `http_${response.status}`, entries: sent };
    await store.markAuditSent(Math.min(receipt.data.throughSeq, entries.at(-1)!.seq));
    sent += entries.length;
    if (entries.length < MAX_AUDIT_BATCH) return { kind: 'sent', entries: sent };
  }
}

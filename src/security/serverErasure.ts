import { API_PREFIX, erasureResponseSchema, type ErasureResponse } from '../domain/syncContract';
import type { InterviewStore } from '../storage/interviewStore';

export interface ServerCredentials {
  /** Origin (and optional base path) of the organisation's server; '' means the origin that served the app. */
  serverUrl: string;
  token: string;
}

export type ServerErasureResult =
  | { kind: 'erased'; response: ErasureResponse }
  | { kind: 'unauthorized'; status: 401 | 403 }
  /** Not reached or not confirmed: the erasure must be tried again, the device keeps asking. */
  | { kind: 'retry'; status: number; reason: string };

/**
 * Asks the organisation's server to erase a profile (`DELETE /api/v1/profiles/{id}`). The server
 * keeps a tombstone, so a device that still holds the profile gets 410 when it tries to send it.
 * Only a valid erasure receipt counts as done; the audit trail records the device-side erasure.
 */
export async function eraseOnServer(credentials: ServerCredentials, id: string, doFetch: typeof fetch = (i, init) => globalThis.fetch(i, init)): Promise<ServerErasureResult> {
  const url = `${credentials.serverUrl.trim().replace(/\/+$/, '')}${API_PREFIX}/profiles/${encodeURIComponent(id)}`;
  let response: Response;
  try {
    response = await doFetch(url, { method: 'DELETE', headers: { Authorization: `Bearer ${credentials.token}` }, cache: 'no-store' });
  } catch (error) {
    return { kind: 'retry', status: 0, reason: error instanceof Error ? error.name : 'network' };
  }
  if (response.status === 401 || response.status === 403) return { kind: 'unauthorized', status: response.status };
  if (!response.ok) return { kind: 'retry', status: response.status, reason: `http_${response.status}` };
  const body = erasureResponseSchema.safeParse(await response.json().catch(() => undefined));
  return body.success ? { kind: 'erased', response: body.data } : { kind: 'retry', status: response.status, reason: 'invalid_receipt' };
}

/**
 * Sends every erasure made on this device that the server has not confirmed yet; each confirmed
 * one is forgotten. Stops at the first one that cannot be done now (the rest wait for next sync).
 */
export async function sendPendingErasures(
  store: Pick<InterviewStore, 'pendingServerErasures' | 'confirmServerErasure'>,
  credentials: ServerCredentials,
  doFetch?: typeof fetch,
): Promise<{ erased: number; result: ServerErasureResult | undefined }> {
  let erased = 0;
  for (const id of await store.pendingServerErasures()) {
    const result = await eraseOnServer(credentials, id, doFetch);
    if (result.kind !== 'erased') return { erased, result };
    await store.confirmServerErasure(id);
    erased++;
  }
  return { erased, result: undefined };
}

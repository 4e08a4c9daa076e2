import {
  API_PREFIX,
  apiErrorSchema,
  erasureResponseSchema,
  healthResponseSchema,
  receiptSchema,
  type ApiError,
  type DATABASE_KINDS,
  type ErasureResponse,
  type Receipt,
} from '../domain/syncContract';
import type { OutboxItem } from './outboxQueue';
import { normaliseServerUrl } from './serverUrl';

export interface SyncCredentials {
  /** Origin (and optional base path) of the organisation's server; '' means the origin that served the app. */
  serverUrl: string;
  token: string;
}

export type HealthResult =
  | { reachable: true; database: (typeof DATABASE_KINDS)[number] }
  | { reachable: false; reason: string; status: number };

/**
 * The answer to one upload, already sorted by what the engine must do with it:
 * `stored` → keep the receipt; `rejected` → quarantine with the server's reason;
 * `unauthorized` → the device must be enrolled again; `retry` → try later (network, 5xx, 429...).
 */
export type PutResult =
  | { kind: 'stored'; status: 200 | 201; receipt: Receipt }
  | { kind: 'rejected'; status: number; error: ApiError }
  | { kind: 'unauthorized'; status: 401 }
  | { kind: 'retry'; status: number; reason: string; retryAfterMs?: number };

export type EraseResult =
  | { kind: 'erased'; erasure: ErasureResponse }
  | { kind: 'unauthorized'; status: 401 }
  | { kind: 'retry'; status: number; reason: string };

export interface SyncApi {
  health(): Promise<HealthResult>;
  putProfile(item: OutboxItem): Promise<PutResult>;
  /** Erases every revision on the server and leaves a tombstone; repeating it is harmless. */
  eraseProfile(interviewId: string): Promise<EraseResult>;
}

export interface SyncApiOptions extends SyncCredentials {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Statuses after which sending the same request again cannot succeed: the operator has to look. */
const QUARANTINE_STATUSES = new Set([400, 409, 410, 413, 415, 422]);

function fallbackCode(status: number): ApiError['code'] {
  if (status === 413) return 'payload_too_large';
  if (status === 409) return 'revision_conflict';
  if (status === 410) return 'erased';
  if (status === 415) return 'unsupported_media_type';
  return 'validation_failed';
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

export function createSyncApi(options: SyncApiOptions): SyncApi {
  const base = normaliseServerUrl(options.serverUrl) + API_PREFIX;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function request(path: string, init: RequestInit): Promise<Response | { networkError: string }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return await doFetch(base + path, { ...init, signal: controller.signal, cache: 'no-store' });
    } catch (error) {
      return { networkError: controller.signal.aborted ? 'timeout' : error instanceof Error ? error.name : 'network' };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async health() {
      const response = await request('/health', { method: 'GET' });
      if ('networkError' in response) return { reachable: false, reason: response.networkError, status: 0 };
      // A captive portal or a proxy's page also answers 200: only the expected body counts.
      const body = healthResponseSchema.safeParse(await readJson(response));
      if (response.ok && body.success) return { reachable: true, database: body.data.database };
      return { reachable: false, reason: response.ok ? 'unexpected_response' : `http_${response.status}`, status: response.status };
    },

    async putProfile(item) {
      const response = await request(`/profiles/${encodeURIComponent(item.interviewId)}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.token}` },
        body: JSON.stringify({ revision: item.revision, profile: item.profile }),
      });
      if ('networkError' in response) return { kind: 'retry', status: 0, reason: response.networkError };
      const { status } = response;
      const body = await readJson(response);
      if (status === 200 || status === 201) {
        const receipt = receiptSchema.safeParse(body);
        // Without a valid receipt there is no proof of delivery: keep the item and try again.
        if (receipt.success) return { kind: 'stored', status, receipt: receipt.data };
        return { kind: 'retry', status, reason: 'invalid_receipt' };
      }
      if (status === 401) return { kind: 'unauthorized', status };
      if (QUARANTINE_STATUSES.has(status)) {
        const error = apiErrorSchema.safeParse(body);
        return { kind: 'rejected', status, error: error.success ? error.data : { code: fallbackCode(status), message: `HTTP ${status}` } };
      }
      const wait = retryAfterMs(response.headers.get('Retry-After'));
      return { kind: 'retry', status, reason: `http_${status}`, ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
    },

    async eraseProfile(interviewId) {
      const response = await request(`/profiles/${encodeURIComponent(interviewId)}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${options.token}` },
      });
      if ('networkError' in response) return { kind: 'retry', status: 0, reason: response.networkError };
      if (response.status === 401) return { kind: 'unauthorized', status: 401 };
      const erasure = erasureResponseSchema.safeParse(await readJson(response));
      if (response.status === 200 && erasure.success) return { kind: 'erased', erasure: erasure.data };
      return { kind: 'retry', status: response.status, reason: `http_${response.status}` };
    },
  };
}

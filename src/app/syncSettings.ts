import * as z from 'zod/mini';
import { AppError } from '../domain/errors';
import type { InterviewStore } from '../storage/interviewStore';
import type { SyncCredentials } from '../sync/apiClient';
import { normaliseServerUrl } from '../sync/serverUrl';
import type { SyncRunSummary } from '../sync/syncEngine';

/** Server URL, re-enrolment flag and last run are not personal: clear settings. The token is sealed under the organisation key. */
export const SERVER_URL_KEY = 'sync.serverUrl';
export const DEVICE_TOKEN_SECRET = 'sync.deviceToken';
export const NEEDS_ENROLMENT_KEY = 'sync.needsEnrolment';
export const LAST_RUN_KEY = 'sync.lastRun';
export const LAST_SUCCESS_KEY = 'sync.lastSuccessAt';

const lastRunSchema = z.object({
  outcome: z.enum(['completed', 'unreachable', 'interrupted', 'unauthorized', 'not_enrolled', 'locked']),
  stored: z.int().check(z.minimum(0)),
  alreadyStored: z.int().check(z.minimum(0)),
  quarantined: z.int().check(z.minimum(0)),
  startedAt: z.string(),
  finishedAt: z.string(),
  reason: z.optional(z.string()),
});

export interface SyncSettings {
  /** '' means the server that served the app. */
  serverUrl: string;
  enrolled: boolean;
  needsEnrolment: boolean;
  lastRun?: SyncRunSummary;
  lastSuccessAt?: string;
}

async function readToken(store: InterviewStore): Promise<string | undefined> {
  const token = await store.getOrganisationSecret(DEVICE_TOKEN_SECRET).catch(() => undefined);
  return typeof token === 'string' && token.length > 0 ? token : undefined;
}

/** For the engine, on every run: undefined while not enrolled (or locked). */
export async function readCredentials(store: InterviewStore): Promise<SyncCredentials | undefined> {
  const token = await readToken(store);
  if (!token) return undefined;
  const url = await store.getSetting<unknown>(SERVER_URL_KEY);
  return { serverUrl: typeof url === 'string' ? url : '', token };
}

export async function readSyncSettings(store: InterviewStore): Promise<SyncSettings> {
  const [url, needs, lastRun, lastSuccess, token] = await Promise.all([
    store.getSetting<unknown>(SERVER_URL_KEY),
    store.getSetting<unknown>(NEEDS_ENROLMENT_KEY),
    store.getSetting<unknown>(LAST_RUN_KEY),
    store.getSetting<unknown>(LAST_SUCCESS_KEY),
    readToken(store),
  ]);
  const run = lastRunSchema.safeParse(lastRun);
  const settings: SyncSettings = { serverUrl: typeof url === 'string' ? url : '', enrolled: token !== undefined, needsEnrolment: needs === true };
  if (run.success) settings.lastRun = run.data;
  if (typeof lastSuccess === 'string') settings.lastSuccessAt = lastSuccess;
  return settings;
}

/** Checks and stores a (re-)enrolment. The token is never shown again. */
export async function saveEnrolment(store: InterviewStore, serverUrl: string, token: string): Promise<void> {
  const url = normaliseServerUrl(serverUrl);
  if (url !== '' && !/^https?:\/\/[^\s/]+/i.test(url)) throw new AppError('sync:settings.errors.invalidUrl');
  const trimmed = token.trim();
  if (trimmed.length < 16 || /\s/.test(trimmed)) throw new AppError('sync:settings.errors.invalidToken');
  await store.setOrganisationSecret(DEVICE_TOKEN_SECRET, trimmed);
  await store.setSetting(SERVER_URL_KEY, url);
  await store.setSetting(NEEDS_ENROLMENT_KEY, false);
}

export async function recordRun(store: InterviewStore, run: SyncRunSummary): Promise<void> {
  await store.setSetting(LAST_RUN_KEY, run);
  if (run.outcome === 'completed') await store.setSetting(LAST_SUCCESS_KEY, run.finishedAt);
}

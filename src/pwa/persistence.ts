import type { InterviewStore } from '../storage/interviewStore';

/**
 * Persistent storage keeps IndexedDB from being evicted when the device runs low on space (and,
 * with an installed app, from Safari's seven-day deletion). The app asks when the first interview
 * is opened — the moment the data starts to matter — and shows the answer.
 */
export type PersistenceState = 'granted' | 'not-granted' | 'unsupported';

export interface PersistenceRecord {
  state: PersistenceState;
  requestedAt: string;
}

export const PERSISTENCE_SETTING = 'pwa.persistence';

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>;

function storageManager(): StorageManagerLike | undefined {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return storage && typeof storage.persist === 'function' && typeof storage.persisted === 'function' ? storage : undefined;
}

export async function currentPersistence(storage = storageManager()): Promise<PersistenceState> {
  if (!storage) return 'unsupported';
  return (await storage.persisted()) ? 'granted' : 'not-granted';
}

/**
 * Requests persistence (browsers decide without asking or with a one-time question) and records
 * the answer. Returns `shown: true` when the operator should be told: the first request, or a
 * change since the last one.
 */
export async function requestPersistence(store: InterviewStore, storage = storageManager()): Promise<{ state: PersistenceState; shown: boolean }> {
  const previous = await store.getSetting<PersistenceRecord>(PERSISTENCE_SETTING).catch(() => undefined);
  let state: PersistenceState = 'unsupported';
  if (storage) {
    state = (await storage.persisted()) ? 'granted' : (await storage.persist().catch(() => false)) ? 'granted' : 'not-granted';
  }
  const shown = previous?.state !== state;
  if (shown) await store.setSetting(PERSISTENCE_SETTING, { state, requestedAt: new Date().toISOString() } satisfies PersistenceRecord).catch(() => undefined);
  return { state, shown };
}

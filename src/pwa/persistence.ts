import * as z from 'zod/mini';

/**
 * Persistent storage keeps IndexedDB from being evicted when the device runs low on space (and,
 * with an installed app, from Safari's seven-day deletion). The app asks when the first interview
 * is opened — the moment the data starts to matter — and shows the answer.
 */
const persistenceRecordSchema = z.object({ state: z.enum(['granted', 'not-granted', 'unsupported']), requestedAt: z.string() });
export type PersistenceRecord = z.infer<typeof persistenceRecordSchema>;
export type PersistenceState = PersistenceRecord['state'];

/** In localStorage: a hint for what to show, not data, and readable before any operator unlocks. */
export const PERSISTENCE_SETTING = 'spt.pwa.persistence';

function readRecord(): PersistenceRecord | undefined {
  try {
    const parsed = persistenceRecordSchema.safeParse(JSON.parse(localStorage.getItem(PERSISTENCE_SETTING) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function writeRecord(record: PersistenceRecord) {
  try {
    localStorage.setItem(PERSISTENCE_SETTING, JSON.stringify(record));
  } catch {
    // Private mode or a full disk: the notice may show once more, nothing else depends on it.
  }
}

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
export async function requestPersistence(storage = storageManager()): Promise<{ state: PersistenceState; shown: boolean }> {
  const previous = readRecord();
  let state: PersistenceState = 'unsupported';
  if (storage) {
    state = (await storage.persisted()) ? 'granted' : (await storage.persist().catch(() => false)) ? 'granted' : 'not-granted';
  }
  const shown = previous?.state !== state;
  if (shown) writeRecord({ state, requestedAt: new Date().toISOString() });
  return { state, shown };
}

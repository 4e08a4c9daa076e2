import type Dexie from 'dexie';
import { AppError } from '../domain/errors';

/**
 * Storage failures that are not bugs: a full disk (QuotaExceededError) and a database connection
 * the browser closed under us (iOS Safari after backgrounding: InvalidStateError or
 * "Connection to Indexed Database server lost" as UnknownError; Dexie's DatabaseClosedError).
 * IndexedDB transactions are atomic, so a failed write left nothing half-written: the store can
 * reopen the database and run the same transaction again without risk to stored interviews.
 */
export type StorageFailure = 'quota' | 'connection' | 'other';

export const STORAGE_FULL = 'pwa:errors.storageFull';
export const STORAGE_CONNECTION_LOST = 'pwa:errors.storageConnectionLost';

const QUOTA = new Set(['QuotaExceededError']);
const CONNECTION = new Set(['DatabaseClosedError', 'InvalidStateError', 'UnknownError']);

interface ErrorLike {
  name?: unknown;
  inner?: unknown;
  failures?: unknown;
}

/** Dexie wraps the DOMException (`inner`) or collects per-record ones (`failures` of a BulkError). */
export function classifyStorageError(error: unknown, depth = 0): StorageFailure {
  if (!error || typeof error !== 'object' || depth > 4) return 'other';
  const e = error as ErrorLike;
  const name = typeof e.name === 'string' ? e.name : '';
  if (QUOTA.has(name)) return 'quota';
  if (CONNECTION.has(name)) return 'connection';
  const nested = [e.inner, ...(Array.isArray(e.failures) ? e.failures : e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [])];
  for (const n of nested) {
    const kind = classifyStorageError(n, depth + 1);
    if (kind !== 'other') return kind;
  }
  return 'other';
}

function toAppError(error: unknown, kind: StorageFailure): unknown {
  if (kind === 'quota') return new AppError(STORAGE_FULL);
  if (kind === 'connection') return new AppError(STORAGE_CONNECTION_LOST);
  return error;
}

const reopening = new WeakMap<Dexie, Promise<void>>();

/** One reopen at a time per database, however many operations failed together. */
export function reopenDatabase(db: Dexie): Promise<void> {
  let pending = reopening.get(db);
  if (!pending) {
    pending = (async () => {
      try {
        db.close();
        await db.open();
      } finally {
        reopening.delete(db);
      }
    })();
    reopening.set(db, pending);
  }
  return pending;
}

/**
 * Runs one store operation (which must be a whole transaction, so that running it twice is the
 * same as running it once after a failure). A lost connection is reopened and the operation
 * retried once; a full disk and a second failure become translated AppErrors, which the
 * interview session shows while it keeps the unsaved answers in memory and tries again later.
 */
export async function withStorageRecovery<T>(db: Dexie, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const kind = classifyStorageError(error);
    if (kind !== 'connection') throw toAppError(error, kind);
    try {
      await reopenDatabase(db);
    } catch {
      throw new AppError(STORAGE_CONNECTION_LOST);
    }
    try {
      return await operation();
    } catch (retryError) {
      if (retryError instanceof AppError) throw retryError;
      throw toAppError(retryError, classifyStorageError(retryError));
    }
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * The store with every asynchronous method run through withStorageRecovery. The store's own
 * methods call each other on the unwrapped object, so a retry is never nested in another.
 * Each public store method is one operation as far as retrying goes: a write is a single
 * transaction, reads are idempotent.
 */
export function resilientStore<T extends { db: Dexie }>(store: T): T {
  return new Proxy(store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function' || prop === 'constructor') return value;
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        const first = method.apply(target, args);
        if (!isThenable(first)) return first;
        let started = false;
        return withStorageRecovery(target.db, () => {
          if (started) return Promise.resolve(method.apply(target, args));
          started = true;
          return Promise.resolve(first);
        });
      };
    },
  });
}

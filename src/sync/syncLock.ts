/**
 * Makes sure only one tab of the app syncs at a time. Web Locks where available; otherwise a
 * lease in localStorage that expires if its tab dies; otherwise (no shared storage, e.g. tests
 * in Node) a lock within this JavaScript realm.
 */
export const LOCKED = Symbol('sync-locked');

export interface SyncLock {
  /** Runs `fn` holding the lock, or returns LOCKED at once if another tab holds it. */
  run<T>(fn: () => Promise<T>): Promise<T | typeof LOCKED>;
}

export const SYNC_LOCK_NAME = 'skills-profile-sync';

interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

export function webLocksLock(locks: LockManagerLike, name = SYNC_LOCK_NAME): SyncLock {
  return {
    run: (fn) => locks.request(name, { ifAvailable: true }, async (lock) => (lock ? fn() : LOCKED)),
  };
}

interface Lease {
  owner: string;
  expires: number;
}

const LEASE_MS = 15_000;
const RENEW_MS = 5_000;
/** Two tabs may write the lease in the same instant; waiting and re-reading lets the last writer win alone. */
const SETTLE_MS = 50;

export function leaseLock(storage: Storage, name = SYNC_LOCK_NAME, now: () => number = Date.now): SyncLock {
  const key = `lock:${name}`;
  const owner = `${now()}-${Math.random().toString(36).slice(2)}`;
  const read = (): Lease | undefined => {
    try {
      return JSON.parse(storage.getItem(key) ?? 'null') ?? undefined;
    } catch {
      return undefined;
    }
  };
  const write = () => storage.setItem(key, JSON.stringify({ owner, expires: now() + LEASE_MS } satisfies Lease));
  return {
    async run(fn) {
      const current = read();
      if (current && current.owner !== owner && current.expires > now()) return LOCKED;
      write();
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      if (read()?.owner !== owner) return LOCKED;
      const renew = setInterval(write, RENEW_MS);
      try {
        return await fn();
      } finally {
        clearInterval(renew);
        if (read()?.owner === owner) storage.removeItem(key);
      }
    },
  };
}

export function localLock(): SyncLock {
  let busy = false;
  return {
    async run(fn) {
      if (busy) return LOCKED;
      busy = true;
      try {
        return await fn();
      } finally {
        busy = false;
      }
    },
  };
}

export function defaultSyncLock(): SyncLock {
  const nav = globalThis.navigator as (Navigator & { locks?: LockManagerLike }) | undefined;
  if (nav?.locks?.request) return webLocksLock(nav.locks);
  try {
    if (globalThis.localStorage) return leaseLock(globalThis.localStorage);
  } catch {
    // Storage can throw when disabled (privacy modes); fall through to the in-tab lock.
  }
  return localLock();
}

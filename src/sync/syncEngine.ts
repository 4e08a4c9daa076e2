import { profileContentHash } from '../domain/canonicalJson';
import { summariseIssues } from '../domain/errors';
import { profileDocumentSchema } from '../domain/profileDocument';
import { apiIssues } from '../domain/syncContract';
import { createSyncApi, type PutResult, type SyncApi, type SyncCredentials } from './apiClient';
import { backoffDelay } from './backoff';
import type { OutboxItem, OutboxQueue, SyncRejection } from './outboxQueue';
import { defaultSyncLock, LOCKED, type SyncLock } from './syncLock';

export type SyncRunOutcome =
  /** The queue was emptied (or was empty). */
  | 'completed'
  /** The health check failed: the server is not reachable from here. */
  | 'unreachable'
  /** The server became unreachable or failed during the run; the rest waits for the next run. */
  | 'interrupted'
  /** 401: the device token is unknown or revoked; nothing more is sent until re-enrolment. */
  | 'unauthorized'
  /** No server URL and token yet. */
  | 'not_enrolled'
  /** Another tab is syncing. */
  | 'locked';

export interface SyncRunSummary {
  outcome: SyncRunOutcome;
  /** Stored by the server in this run (201). */
  stored: number;
  /** Already on the server with the same content (200): a resend after a lost answer. */
  alreadyStored: number;
  quarantined: number;
  startedAt: string;
  finishedAt: string;
  /** For `unreachable` and `interrupted`: what went wrong, e.g. `timeout`, `http_503`. */
  reason?: string;
}

export type SyncPhase = 'idle' | 'syncing' | 'backing_off' | 'needs_enrolment' | 'not_enrolled';

export interface SyncStatus {
  phase: SyncPhase;
  consecutiveFailures: number;
  /** ISO time of the next automatic attempt while backing off. */
  nextAttemptAt?: string;
  /** Last run that reached the server and emptied the queue. */
  lastSuccessAt?: string;
  lastRun?: SyncRunSummary;
}

export interface SyncEngineOptions {
  queue: OutboxQueue;
  /** Read from the device's settings on every run, so re-enrolment takes effect at once. */
  credentials: () => Promise<SyncCredentials | undefined>;
  /** Defaults to the real API client over `fetch`. */
  api?: (credentials: SyncCredentials) => SyncApi;
  lock?: SyncLock;
  random?: () => number;
  now?: () => number;
  /** Automatic run while the app is open; 60 s by default. */
  periodMs?: number;
  batchSize?: number;
  /** Uploads in flight at once. */
  concurrency?: number;
  /** Called on 401, e.g. to mark the enrolment as invalid in settings. */
  onUnauthorized?: () => void | Promise<void>;
}

export interface SyncEngine {
  /** Runs now, ignoring any backoff (the operator pressed "sync"). Joins a run already in progress. */
  syncNow(): Promise<SyncRunSummary>;
  /** Runs once, then on `online` events and periodically; returns `stop`. */
  start(): () => void;
  stop(): void;
  /** After enrolment or re-enrolment: forget failures and sync. */
  credentialsChanged(): Promise<SyncRunSummary>;
  getStatus(): SyncStatus;
  /** For useSyncExternalStore: the listener is called after every status change. */
  subscribe(listener: () => void): () => void;
}

/** A run's summary plus the server's Retry-After, which only the scheduler needs. */
type RunResult = SyncRunSummary & { retryAfterMs?: number };

interface ItemOutcome {
  kind: 'stored' | 'alreadyStored' | 'quarantined' | 'retry' | 'unauthorized';
  reason?: string;
  retryAfterMs?: number;
}

/** Turns a server answer into a quarantine reason. */
function rejectionFrom(result: Extract<PutResult, { kind: 'rejected' }>, at: string): SyncRejection {
  const rejection: SyncRejection = { status: result.status, code: result.error.code, message: result.error.message, at };
  if (result.error.issues) rejection.issues = result.error.issues;
  return rejection;
}

/**
 * Sends queued revisions to the organisation's server. One tab at a time (lock), only after a real
 * request to /api/v1/health answered (navigator.onLine is not trusted), one item's fate decided
 * by the server's answer: stored → receipt kept; 400/409/410/413 → quarantine; 401 → stop until
 * re-enrolment; anything else → stop and retry later with exponential backoff and jitter.
 */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { queue } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const lock = options.lock ?? defaultSyncLock();
  const makeApi = options.api ?? ((c: SyncCredentials) => createSyncApi(c));
  const periodMs = options.periodMs ?? 60_000;
  const batchSize = options.batchSize ?? 25;
  const concurrency = Math.max(1, options.concurrency ?? 4);

  let status: SyncStatus = { phase: 'idle', consecutiveFailures: 0 };
  let running: Promise<SyncRunSummary> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let periodTimer: ReturnType<typeof setInterval> | undefined;
  let started = false;
  const listeners = new Set<() => void>();

  const iso = (t = now()) => new Date(t).toISOString();
  const setStatus = (next: SyncStatus) => {
    status = next;
    for (const l of listeners) l();
  };

  function scheduleRetry(delayMs: number) {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = undefined;
    if (!started) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void automaticRun();
    }, delayMs);
  }

  async function sendOne(api: SyncApi, item: OutboxItem): Promise<ItemOutcome> {
    const at = iso();
    // The store validates on read too; checking here means a corrupt record is set aside, never sent half-right.
    const parsed = profileDocumentSchema.safeParse(item.profile);
    if (!parsed.success || parsed.data.interview.id !== item.interviewId || parsed.data.interview.revision !== item.revision) {
      const rejection: SyncRejection = {
        status: 0,
        code: 'invalid_document',
        message: parsed.success ? 'The document does not match its outbox entry.' : summariseIssues(parsed.error),
        at,
      };
      if (!parsed.success) rejection.issues = apiIssues(parsed.error, ['profile']);
      await queue.markQuarantined(item, rejection);
      return { kind: 'quarantined' };
    }
    const result = await api.putProfile({ ...item, profile: parsed.data });
    switch (result.kind) {
      case 'stored': {
        const expected = await profileContentHash(parsed.data);
        const { receipt } = result;
        if (receipt.id !== item.interviewId || receipt.revision !== item.revision || receipt.contentHash !== expected) {
          await queue.markQuarantined(item, { status: result.status, code: 'receipt_mismatch', message: 'The server acknowledged different content.', at });
          return { kind: 'quarantined' };
        }
        await queue.markSynced(item, receipt);
        return { kind: result.status === 201 ? 'stored' : 'alreadyStored' };
      }
      case 'rejected':
        await queue.markQuarantined(item, rejectionFrom(result, at));
        return { kind: 'quarantined' };
      case 'unauthorized':
        return { kind: 'unauthorized' };
      case 'retry':
        return { kind: 'retry', reason: result.reason, ...(result.retryAfterMs !== undefined ? { retryAfterMs: result.retryAfterMs } : {}) };
    }
  }

  async function runLocked(): Promise<RunResult> {
    const startedAt = iso();
    const summary = { stored: 0, alreadyStored: 0, quarantined: 0, startedAt };
    const finish = (outcome: SyncRunOutcome, reason?: string): RunResult => ({ outcome, ...summary, finishedAt: iso(), ...(reason ? { reason } : {}) });

    const credentials = await options.credentials();
    if (!credentials?.token) return finish('not_enrolled');
    const api = makeApi(credentials);
    const health = await api.health();
    if (!health.reachable) return finish('unreachable', health.reason);

    // Each revision is tried at most once per run, so a store that fails to dequeue cannot loop us forever.
    const tried = new Set<string>();
    for (;;) {
      const batch = (await queue.nextBatch(batchSize)).filter((i) => !tried.has(`${i.interviewId}#${i.revision}`));
      if (!batch.length) return finish('completed');
      for (let start = 0; start < batch.length; start += concurrency) {
        const chunk = batch.slice(start, start + concurrency);
        chunk.forEach((i) => tried.add(`${i.interviewId}#${i.revision}`));
        const outcomes = await Promise.all(chunk.map((item) => sendOne(api, item)));
        for (const o of outcomes) {
          if (o.kind === 'stored') summary.stored++;
          else if (o.kind === 'alreadyStored') summary.alreadyStored++;
          else if (o.kind === 'quarantined') summary.quarantined++;
        }
        if (outcomes.some((o) => o.kind === 'unauthorized')) return finish('unauthorized');
        const retry = outcomes.find((o) => o.kind === 'retry');
        if (retry) {
          const wait = outcomes.reduce((max, o) => Math.max(max, o.retryAfterMs ?? 0), 0);
          return { ...finish('interrupted', retry.reason), ...(wait ? { retryAfterMs: wait } : {}) };
        }
      }
    }
  }

  function afterRun(summary: RunResult): SyncRunSummary {
    const { retryAfterMs, ...result } = summary;
    const base: SyncStatus = { ...status, lastRun: result };
    delete base.nextAttemptAt;
    switch (result.outcome) {
      case 'completed':
        setStatus({ ...base, phase: 'idle', consecutiveFailures: 0, lastSuccessAt: result.finishedAt });
        break;
      case 'unreachable':
      case 'interrupted': {
        const failures = status.consecutiveFailures + 1;
        const delay = Math.max(backoffDelay(failures, random), retryAfterMs ?? 0);
        setStatus({ ...base, phase: 'backing_off', consecutiveFailures: failures, nextAttemptAt: iso(now() + delay) });
        scheduleRetry(delay);
        break;
      }
      case 'unauthorized':
        setStatus({ ...base, phase: 'needs_enrolment' });
        void Promise.resolve(options.onUnauthorized?.()).catch(() => undefined);
        break;
      case 'not_enrolled':
        setStatus({ ...base, phase: 'not_enrolled' });
        break;
      case 'locked':
        setStatus({ ...base, phase: status.phase === 'syncing' ? 'idle' : status.phase });
        break;
    }
    return result;
  }

  function syncNow(): Promise<SyncRunSummary> {
    if (running) return running;
    // This run replaces any retry that was waiting; a new one is scheduled if it fails too.
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = undefined;
    const previousPhase = status.phase;
    setStatus({ ...status, phase: 'syncing' });
    running = (async () => {
      try {
        const result = await lock.run(runLocked);
        if (result === LOCKED) {
          const at = iso();
          setStatus({ ...status, phase: previousPhase === 'syncing' ? 'idle' : previousPhase });
          return { outcome: 'locked', stored: 0, alreadyStored: 0, quarantined: 0, startedAt: at, finishedAt: at } satisfies SyncRunSummary;
        }
        return afterRun(result);
      } catch (error) {
        // A storage failure must not stop future runs; it is retried like an outage.
        return afterRun({
          outcome: 'interrupted',
          stored: 0,
          alreadyStored: 0,
          quarantined: 0,
          startedAt: iso(),
          finishedAt: iso(),
          reason: error instanceof Error ? error.name : 'error',
        });
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  /** Timer and event driven runs respect the backoff and a pending re-enrolment. */
  function automaticRun(): Promise<SyncRunSummary> | undefined {
    if (status.phase === 'needs_enrolment') return undefined;
    if (status.nextAttemptAt && Date.parse(status.nextAttemptAt) > now()) return undefined;
    return syncNow();
  }

  const onOnline = () => {
    // Coming back online is the best moment to retry: do not wait out the backoff.
    if (status.phase === 'backing_off') setStatus({ ...status, nextAttemptAt: iso() });
    void automaticRun();
  };

  function stop() {
    started = false;
    if (retryTimer) clearTimeout(retryTimer);
    if (periodTimer) clearInterval(periodTimer);
    retryTimer = periodTimer = undefined;
    globalThis.removeEventListener?.('online', onOnline);
  }

  return {
    syncNow,
    start() {
      if (!started) {
        started = true;
        globalThis.addEventListener?.('online', onOnline);
        periodTimer = setInterval(() => void automaticRun(), periodMs);
        void syncNow();
      }
      return stop;
    },
    stop,
    async credentialsChanged() {
      const { nextAttemptAt: _drop, ...rest } = status;
      setStatus({ ...rest, phase: 'idle', consecutiveFailures: 0 });
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = undefined;
      if (running) await running;
      return syncNow();
    },
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

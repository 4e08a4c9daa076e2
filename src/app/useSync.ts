import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import type { OutboxEntry } from '../storage/outboxRows';
import type { SyncStatus } from '../sync/syncEngine';
import { interviewKeys } from './queries';
import { useServices } from './ServicesContext';
import { readSyncSettings } from './syncSettings';

export const syncKeys = { outbox: ['outbox'] as const, settings: ['syncSettings'] as const };

export function useSyncStatus(): SyncStatus {
  const { sync } = useServices();
  return useSyncExternalStore(sync.engine.subscribe, sync.engine.getStatus);
}

/** Local queries that depend on sync are read again whenever the engine's status changes (mount once per screen). */
export function useSyncQueryInvalidation() {
  const { sync } = useServices();
  const client = useQueryClient();
  useEffect(
    () =>
      sync.engine.subscribe(() => {
        void client.invalidateQueries({ queryKey: syncKeys.outbox });
        void client.invalidateQueries({ queryKey: syncKeys.settings });
      }),
    [sync, client],
  );
}

/**
 * The outbox state (queued, synced, quarantined) of the interviews shown, by interview id: null
 * for one that has none, absent for one not read yet. One read for all the rows shown, never the
 * whole outbox: a query per row cost each row a second render and its own transaction. While more
 * rows are read, the rows already shown keep their state.
 */
export function useOutboxEntries(interviewIds: readonly string[]) {
  const { store } = useServices();
  return useQuery({
    queryKey: [...syncKeys.outbox, 'entries', interviewIds],
    queryFn: async () => {
      const entries = new Map<string, OutboxEntry | null>(interviewIds.map((id) => [id, null]));
      for (const entry of await store.outboxEntries(interviewIds)) entries.set(entry.interviewId, entry);
      return entries;
    },
    placeholderData: keepPreviousData,
    enabled: interviewIds.length > 0,
    networkMode: 'always',
  });
}

export function useSyncSettings() {
  const { store } = useServices();
  return useQuery({ queryKey: syncKeys.settings, queryFn: () => readSyncSettings(store), networkMode: 'always' });
}

function useInvalidateSync() {
  const client = useQueryClient();
  return () => Promise.all([syncKeys.outbox, syncKeys.settings, interviewKeys.all].map((queryKey) => client.invalidateQueries({ queryKey })));
}

export function useSyncNow() {
  const { sync } = useServices();
  const invalidate = useInvalidateSync();
  return useMutation({ mutationFn: () => sync.engine.syncNow(), onSettled: invalidate, networkMode: 'always' });
}

/** Sends a quarantined revision again after review, then syncs. */
export function useResend() {
  const { store, sync } = useServices();
  const invalidate = useInvalidateSync();
  return useMutation({
    mutationFn: async (id: string) => {
      await store.requeue(id);
      void sync.engine.syncNow();
    },
    onSettled: invalidate,
    networkMode: 'always',
  });
}

export function useEnrol() {
  const { sync } = useServices();
  const invalidate = useInvalidateSync();
  return useMutation({ mutationFn: ({ serverUrl, token }: { serverUrl: string; token: string }) => sync.enrol(serverUrl, token), onSettled: invalidate, networkMode: 'always' });
}

/** A freshly finished interview should not wait for the periodic run: sync once per new set of queued revisions while idle. */
export function useSyncWhenQueued(): void {
  const { sync, store } = useServices();
  const queued = useQuery({ queryKey: [...syncKeys.outbox, 'queued'], queryFn: async () => (await store.queuedRevisions()).sort().join(), networkMode: 'always' }).data ?? '';
  useEffect(() => {
    if (queued && sync.engine.getStatus().phase === 'idle') void sync.engine.syncNow();
  }, [queued, sync]);
}

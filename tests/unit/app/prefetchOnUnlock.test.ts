import Dexie from 'dexie';
import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { openedOnUnlock, openInterviewOnUnlock, prefetchListOnUnlock } from '../../../src/app/prefetchOnUnlock';
import { createQueryClient, interviewKeys, useInterviewPages } from '../../../src/app/queries';
import { ServicesContext } from '../../../src/app/ServicesContext';
import { useInterviewSession } from '../../../src/app/useInterviewSession';
import { DEFAULT_CONFIG } from '../../../src/questionnaire/types';
import type { Services } from '../../../src/app/services';
import { SecurityController } from '../../../src/security/securityController';
import { DEFAULT_RETENTION_DAYS, InterviewStore } from '../../../src/storage/interviewStore';
import { SkillsProfileDb } from '../../../src/storage/schema';
import { TEST_ITERATIONS, TEST_OPERATOR } from '../../support/unlockedStore';

async function lockedWithInterviews(count: number) {
  const name = `prefetch-${Date.now()}-${Math.random()}`;
  await Dexie.delete(name);
  const store = new InterviewStore(new SkillsProfileDb(name));
  const security = new SecurityController(store, { iterations: TEST_ITERATIONS });
  await security.init();
  await security.createOperator(TEST_OPERATOR);
  for (let i = 0; i < count; i++) await store.create({ operatorId: security.operatorId!, operatorLanguage: 'it', intervieweeLanguage: 'ar' });
  await security.lock('manual');
  return { store, security };
}

/** The app as started on `hash`, with the prefetch subscribed, then the PIN entered. */
async function unlockOnto(hash: string, count: number) {
  const { store, security } = await lockedWithInterviews(count);
  const client = createQueryClient();
  window.location.hash = hash;
  prefetchListOnUnlock(security, store, client);
  await security.unlockWithPin((security.getState() as { lastOperatorId: string }).lastOperatorId, TEST_OPERATOR.pin);
  return { store, client };
}

const listPages = (client: ReturnType<typeof createQueryClient>) => client.getQueryCache().findAll({ queryKey: interviewKeys.pages });

describe('unlocking onto the interview list', () => {
  it('reads the first page as the PIN is accepted, and shows the unlocked app only once it is read', async () => {
    const { store, security } = await lockedWithInterviews(3);
    const client = createQueryClient();
    window.location.hash = '#/';
    prefetchListOnUnlock(security, store, client);
    expect(listPages(client)).toHaveLength(0);
    const rowsWhenShown: (number | undefined)[] = [];
    security.subscribe(() => {
      if (security.getState().kind !== 'unlocked') return;
      rowsWhenShown.push((listPages(client)[0]?.state.data as { pages: { interviews: unknown[] }[] } | undefined)?.pages[0]?.interviews.length);
    });
    await security.unlockWithPin((security.getState() as { lastOperatorId: string }).lastOperatorId, TEST_OPERATOR.pin);
    // The list is drawn once, with its rows, instead of empty and again when they arrive.
    expect(rowsWhenShown).toEqual([3]);
  });

  it('shows the prefetched page when the list mounts after the read finished, without reading it again', async () => {
    const { store, client } = await unlockOnto('#/', 2);
    await expect.poll(() => (listPages(client)[0]?.state.data as { pages: unknown[] } | undefined)?.pages.length).toBe(1);
    const reads = vi.spyOn(store, 'listPage');
    const { result } = renderHook(() => useInterviewPages(), {
      wrapper: ({ children }) => createElement(QueryClientProvider, { client }, createElement(ServicesContext.Provider, { value: { store } as unknown as Services }, children)),
    });
    expect(result.current.data?.pages[0]?.interviews).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 50));
    expect(reads).not.toHaveBeenCalled();
  });

  it('counts the interviews while the PIN is being checked, and the list uses that count', async () => {
    const { store, security } = await lockedWithInterviews(3);
    const client = createQueryClient();
    window.location.hash = '#/';
    prefetchListOnUnlock(security, store, client);
    const statesAtCount: string[] = [];
    // The list's counts are IndexedDB counts (the table's, and its indexes'): which state the app was in at each.
    // Tables and indexes count with the same signature.
    const recordState = (proto: Pick<IDBIndex, 'count'>) => {
      const count = proto.count;
      return vi.spyOn(proto, 'count').mockImplementation(function (this: unknown, ...args: Parameters<IDBIndex['count']>) {
        statesAtCount.push(security.getState().kind);
        return count.apply(this, args);
      });
    };
    const spies = [IDBIndex.prototype, IDBObjectStore.prototype].map(recordState);
    try {
      await security.unlockWithPin((security.getState() as { lastOperatorId: string }).lastOperatorId, TEST_OPERATOR.pin);
      await expect.poll(() => (listPages(client)[0]?.state.data as { pages: { total: number }[] } | undefined)?.pages[0]?.total).toBe(3);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    // One read, made before the keys came: the operator's, the table's, and one per status.
    expect(statesAtCount).toEqual(['locked', 'locked', 'locked', 'locked']);
  });

  it('counts afresh when retention deletes an interview during the unlock, after that count began', async () => {
    const { store, security } = await lockedWithInterviews(3);
    // Synced and untouched for longer than retention keeps anything: the unlock purges it.
    const [expired] = await store.db.interviews.toCollection().primaryKeys();
    const longAgo = new Date(Date.now() - (DEFAULT_RETENTION_DAYS + 10) * 24 * 60 * 60_000).toISOString();
    await store.db.interviews.update(expired!, { updatedAt: longAgo, syncedAt: longAgo });
    const client = createQueryClient();
    window.location.hash = '#/';
    prefetchListOnUnlock(security, store, client);
    await security.unlockWithPin((security.getState() as { lastOperatorId: string }).lastOperatorId, TEST_OPERATOR.pin);
    await expect.poll(() => (listPages(client)[0]?.state.data as { pages: { interviews: unknown[] }[] } | undefined)?.pages[0]?.interviews.length).toBe(2);
    const [page] = (listPages(client)[0]!.state.data as { pages: { total: number; byStatus: { draft: number } }[] }).pages;
    expect(await store.db.interviews.get(expired!)).toBeUndefined();
    expect(page).toMatchObject({ total: 2, byStatus: { draft: 2 } });
  });

  it('reads nothing when the app opens on another screen', async () => {
    const { client } = await unlockOnto('#/diagnostics', 1);
    expect(listPages(client)).toHaveLength(0);
    window.location.hash = '#/';
  });
});

describe('unlocking onto an interview', () => {
  it('opens it before the app is shown; its screen draws it at once without reading it again; nothing decrypted outlives a lock', async () => {
    const { store, security } = await lockedWithInterviews(1);
    const id = (await store.db.interviews.toCollection().primaryKeys())[0] as string;
    window.location.hash = `#/interview/${id}/personal`;
    openInterviewOnUnlock(security, store);
    const openedWhenShown: (string | undefined)[] = [];
    const stop = security.subscribe(() => security.getState().kind === 'unlocked' && openedWhenShown.push(openedOnUnlock(id)?.interview.id));
    const operatorId = (security.getState() as { lastOperatorId: string }).lastOperatorId;
    await security.unlockWithPin(operatorId, TEST_OPERATOR.pin);
    stop();
    expect(openedWhenShown).toEqual([id]);

    const reads = vi.spyOn(store, 'get');
    const services = { store, security, operatorId, config: DEFAULT_CONFIG } as unknown as Services;
    const { result, unmount } = renderHook(() => useInterviewSession(id), {
      wrapper: ({ children }) => createElement(QueryClientProvider, { client: createQueryClient() }, createElement(ServicesContext.Provider, { value: services }, children)),
    });
    // The first render has the interview: no loading screen, no second read.
    expect(result.current.state.status).toBe('ready');
    expect(result.current.snapshot?.interview.id).toBe(id);
    expect(reads).not.toHaveBeenCalled();
    // Taken once: opening it again later reads it afresh.
    expect(openedOnUnlock(id)).toBeUndefined();
    unmount();

    await security.lock('manual');
    await security.unlockWithPin(operatorId, TEST_OPERATOR.pin);
    expect(openedOnUnlock(id)).toBeDefined();
    await security.lock('manual');
    expect(openedOnUnlock(id)).toBeUndefined();
    window.location.hash = '#/';
  });
});

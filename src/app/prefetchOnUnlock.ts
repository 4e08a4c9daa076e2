import type { QueryClient } from '@tanstack/react-query';
import type { SecurityController } from '../security/securityController';
import type { InterviewStore, LoadedInterview } from '../storage/interviewStore';
import { prefetchInterviewPages } from './queries';
import { parseRoute } from './route';

const onList = () => parseRoute(window.location.hash).name === 'list';

/**
 * When the PIN unlocks the app on the list, its first page is read before the app is shown, so
 * the list is drawn once, with its rows. Its counts, which need no key, are read earlier still:
 * from the moment the PIN is typed.
 */
export function prefetchListOnUnlock(security: SecurityController, store: InterviewStore, client: QueryClient): () => void {
  const stopWarming = security.onUnlocking((operatorId) => onList() && store.prepareList(operatorId));
  const stopPrefetching = security.beforeShowing(() => (onList() ? prefetchInterviewPages(store, client) : undefined));
  return () => {
    stopWarming();
    stopPrefetching();
  };
}

let opened: { id: string; loading: Promise<LoadedInterview>; loaded?: LoadedInterview } | undefined;

/**
 * When the PIN unlocks the app on an interview, the interview is opened (read and decrypted)
 * before the app is shown, so its screen is drawn once, with its answers, instead of drawn
 * empty and again once they are read. Dropped at lock: no decrypted answer outlives the keys.
 */
export function openInterviewOnUnlock(security: SecurityController, store: InterviewStore): void {
  security.beforeShowing(() => {
    const route = parseRoute(window.location.hash);
    if (route.name !== 'interview' && route.name !== 'finish') return undefined;
    const loading = store.get(route.id);
    const entry: NonNullable<typeof opened> = { id: route.id, loading };
    opened = entry;
    return loading.then((loaded) => void (entry.loaded = loaded));
  });
  security.afterLock(() => (opened = undefined));
}

/** The interview opened as the app was unlocked onto it, for its screen's first render (a pure read: React may render twice). */
export function openedOnUnlock(id: string): LoadedInterview | undefined {
  return opened?.id === id ? opened.loaded : undefined;
}

/**
 * Takes the unlock's opening of the interview, once, from the screen that shows it: a read that
 * outlasted the unlock's wait is waited for, not made again.
 */
export function takeOpeningOnUnlock(id: string): Promise<LoadedInterview> | undefined {
  const entry = opened;
  opened = undefined;
  return entry?.id === id ? entry.loading : undefined;
}

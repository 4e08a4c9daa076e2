import type { QueryClient } from '@tanstack/react-query';
import type { SecurityController } from '../security/securityController';
import type { InterviewStore } from '../storage/interviewStore';
import { prefetchInterviewPages } from './queries';
import { parseRoute } from './route';

const onList = () => parseRoute(window.location.hash).name === 'list';

/**
 * When the PIN unlocks the app on the list, its first page is read at once. Subscribed before
 * React's own listener, so the reads are under way while the unlocked app is drawn. Its counts,
 * which need no key, are read earlier still: from the moment the PIN is submitted.
 */
export function prefetchListOnUnlock(security: SecurityController, store: InterviewStore, client: QueryClient): () => void {
  let unlocked = security.getState().kind === 'unlocked';
  const stopWarming = security.onUnlocking((operatorId) => onList() && store.prepareList(operatorId));
  const stopPrefetching = security.subscribe(() => {
    const now = security.getState().kind === 'unlocked';
    if (now && !unlocked && onList()) prefetchInterviewPages(store, client);
    unlocked = now;
  });
  return () => {
    stopWarming();
    stopPrefetching();
  };
}

import type { QueryClient } from '@tanstack/react-query';
import type { SecurityController } from '../security/securityController';
import type { InterviewStore } from '../storage/interviewStore';
import { prefetchInterviewPages } from './queries';
import { parseRoute } from './route';

const onList = () => parseRoute(window.location.hash).name === 'list';

/**
 * When the PIN unlocks the app on the list, its first page is read before the app is shown, so
 * the list is drawn once, with its rows. Its counts, which need no key, are read earlier still:
 * from the moment the PIN is submitted.
 */
export function prefetchListOnUnlock(security: SecurityController, store: InterviewStore, client: QueryClient): () => void {
  const stopWarming = security.onUnlocking((operatorId) => onList() && store.prepareList(operatorId));
  const stopPrefetching = security.beforeShowing(() => (onList() ? prefetchInterviewPages(store, client) : undefined));
  return () => {
    stopWarming();
    stopPrefetching();
  };
}

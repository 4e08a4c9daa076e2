import type { QueryClient } from '@tanstack/react-query';
import type { SecurityController } from '../security/securityController';
import type { InterviewStore } from '../storage/interviewStore';
import { prefetchInterviewPages } from './queries';
import { parseRoute } from './route';

/**
 * When the PIN unlocks the app on the list, its first page is read at once. Subscribed before
 * React's own listener, so the reads are under way while the unlocked app is drawn.
 */
export function prefetchListOnUnlock(security: SecurityController, store: InterviewStore, client: QueryClient): () => void {
  let unlocked = security.getState().kind === 'unlocked';
  return security.subscribe(() => {
    const now = security.getState().kind === 'unlocked';
    if (now && !unlocked && parseRoute(window.location.hash).name === 'list') prefetchInterviewPages(store, client);
    unlocked = now;
  });
}

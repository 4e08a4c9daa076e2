import { lazy, useState, type ComponentType } from 'react';
import { lazyPart } from '../ui/common/lazyPart';

// React.lazy keeps a failure for good, and a render after a failure must not fetch again by
// itself (that loops while offline): routes whose chunk failed get a new lazy component only
// when a retry is asked for.
const failed = new Set<() => void>();

export function retryFailedRoutes(): void {
  for (const renew of failed) renew();
  failed.clear();
}

/**
 * A lazy route that renders at once when its chunk arrived before it is shown (it is fetched
 * while the lock screen shows): React.lazy would still suspend once, and React holds a Suspense
 * fallback on screen for a moment before revealing what follows it.
 *
 * `preload` warms the route: it starts a fetch unless one is running, done, or failed since the
 * last retry. It may be called on every render; only rendering a new lazy component (the first
 * time, and after a retry) fetches again after a failure, so a failure costs one fetch however
 * often React renders before the error is shown.
 */
export function preloadable<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>): ComponentType<P> & { preload: () => Promise<void> } {
  // The fetch itself (one at a time, forgotten when it fails) is a lazy part's; the route keeps the failure until a retry.
  const part = lazyPart(load);
  let failure: { error: unknown } | undefined;
  const attempt = () =>
    part.load().then(pick, (error: unknown) => {
      failure = { error };
      failed.add(renew);
      throw error;
    });
  const makeLazy = () => lazy(() => attempt().then((Screen) => ({ default: Screen })));
  let Lazy = makeLazy();
  function renew() {
    failure = undefined;
    Lazy = makeLazy();
  }
  const preload = () => (failure ? Promise.reject(failure.error) : attempt().then(() => undefined));
  function Route(props: P) {
    // Chosen once per mount: switching component type later would remount the screen.
    const [Screen] = useState<ComponentType<P>>(() => {
      const loaded = part.loaded();
      return loaded ? pick(loaded) : Lazy;
    });
    return <Screen {...props} />;
  }
  return Object.assign(Route, { preload });
}

import { lazy, useState, type ComponentType } from 'react';

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
 */
export function preloadable<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>): ComponentType<P> & { preload: () => Promise<void> } {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const makeLazy = () => lazy(() => preload().then(() => ({ default: loaded! })));
  let Lazy = makeLazy();
  const renew = () => void (Lazy = makeLazy());
  // One import per route, however often it is asked for (a failed one may be tried again).
  const preload = () =>
    (loading ??= load().then(
      (m) => void (loaded = pick(m)),
      (error: unknown) => {
        loading = undefined;
        failed.add(renew);
        throw error;
      },
    ));
  function Route(props: P) {
    // Chosen once per mount: switching component type later would remount the screen.
    const [Screen] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Screen {...props} />;
  }
  return Object.assign(Route, { preload });
}

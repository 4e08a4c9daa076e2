/**
 * Runs `cb` once the page is idle (at the latest after 5 s), or after 1.5 s where the browser has
 * no requestIdleCallback (Safari); returns the cancel function, for a React effect's clean-up.
 */
export function whenIdle(cb: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(cb, { timeout: 5000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(cb, 1500);
  return () => window.clearTimeout(handle);
}

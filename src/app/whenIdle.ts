/**
 * Runs `cb` once the page is idle (at the latest after 5 s), or after 1.5 s where there is no
 * requestIdleCallback (Safari, Node); returns the cancel function, for a React effect's clean-up.
 */
export function whenIdle(cb: () => void): () => void {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const handle = globalThis.requestIdleCallback(cb, { timeout: 5000 });
    return () => globalThis.cancelIdleCallback(handle);
  }
  const handle = setTimeout(cb, 1500);
  return () => clearTimeout(handle);
}

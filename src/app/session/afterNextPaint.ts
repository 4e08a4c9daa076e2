/**
 * When no frame comes (a hidden page draws none), the work runs after this many milliseconds
 * instead of waiting for the page to be shown again.
 */
export const AFTER_PAINT_FALLBACK_MS = 50;

/**
 * Runs `run` in a task after the next frame has been painted (a frame's callbacks run before its
 * paint, so the task is queued from there), or after `fallbackMs` when no frame comes, whichever is
 * first; once. Returns a cancel function.
 */
export function afterNextPaint(run: () => void, fallbackMs = AFTER_PAINT_FALLBACK_MS): () => void {
  let done = false;
  let frame: number | undefined;
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  const once = () => {
    if (done) return;
    cancel();
    done = true;
    run();
  };
  const fallback = setTimeout(once, fallbackMs);
  if (typeof requestAnimationFrame === 'function') {
    frame = requestAnimationFrame(() => {
      frame = undefined;
      afterFrame = setTimeout(once, 0);
    });
  }
  function cancel() {
    clearTimeout(fallback);
    if (afterFrame !== undefined) clearTimeout(afterFrame);
    if (frame !== undefined && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    frame = undefined;
  }
  return () => {
    done = true;
    cancel();
  };
}

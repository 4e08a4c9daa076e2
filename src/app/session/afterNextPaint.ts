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
  const timers: ReturnType<typeof setTimeout>[] = [];
  let frame: number | undefined;
  const cancel = () => {
    timers.forEach(clearTimeout);
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
  };
  // Whichever comes first cancels the other, so `run` runs once.
  const once = () => {
    cancel();
    run();
  };
  timers.push(setTimeout(once, fallbackMs));
  if (typeof requestAnimationFrame === 'function') {
    frame = requestAnimationFrame(() => {
      frame = undefined;
      timers.push(setTimeout(once, 0));
    });
  }
  return cancel;
}

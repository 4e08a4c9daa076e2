import { whenIdle } from '../../app/whenIdle';

/**
 * Runs a change that re-renders the interview (a language switch) and then puts the reader back
 * where they were: same scroll position, focus on the same control. React keeps the elements,
 * but lazily loaded texts and fonts change heights, and the browser may move focus to <body>.
 */
export async function keepPlace(change: () => Promise<void>): Promise<void> {
  const scrollY = lastScrollY();
  const focused = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : undefined;
  const focusedId = focused?.id;
  await change();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  window.scrollTo({ top: scrollY, behavior: 'instant' });
  const target = focused?.isConnected ? focused : focusedId ? document.getElementById(focusedId) : null;
  if (target && document.activeElement !== target) target.focus({ preventScroll: true });
}

// The position as of the last scroll event. Reading window.scrollY in the change handler would lay
// out the page there and then (the picked option has just changed it: ~5 ms at 4x on a tablet-class
// CPU), in the middle of a switch that must paint within 100 ms; in a scroll event it costs nothing.
let scrolledTo: number | undefined;
let following = false;

function follow(): void {
  if (following) return;
  following = true;
  window.addEventListener('scroll', () => void (scrolledTo = window.scrollY), { passive: true });
}

function lastScrollY(): number {
  follow();
  return (scrolledTo ??= window.scrollY);
}

/**
 * Starts following the scroll position, so that the first switch does not read it the costly way.
 * The starting position is read once the page is idle: read as the screen mounts, it laid out the
 * page before its first paint (~10 ms at 4x after an unlock, on the path to the first field).
 * Returns the cancel function, for the effect's clean-up.
 */
export function followScroll(): () => void {
  follow();
  return whenIdle(() => void (scrolledTo ??= window.scrollY));
}

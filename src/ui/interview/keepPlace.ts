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

function lastScrollY(): number {
  if (scrolledTo === undefined) {
    scrolledTo = window.scrollY;
    window.addEventListener('scroll', () => void (scrolledTo = window.scrollY), { passive: true });
  }
  return scrolledTo;
}

/** Starts following the scroll position, so that the first switch does not read it the costly way. */
export function followScroll(): void {
  lastScrollY();
}

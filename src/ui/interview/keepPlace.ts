/**
 * Runs a change that re-renders the interview (a language switch) and then puts the reader back
 * where they were: same scroll position, focus on the same control. React keeps the elements,
 * but lazily loaded texts and fonts change heights, and the browser may move focus to <body>.
 */
export async function keepPlace(change: () => Promise<void>): Promise<void> {
  const scrollY = window.scrollY;
  const focused = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : undefined;
  const focusedId = focused?.id;
  await change();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  window.scrollTo({ top: scrollY, behavior: 'instant' });
  const target = focused?.isConnected ? focused : focusedId ? document.getElementById(focusedId) : null;
  if (target && document.activeElement !== target) target.focus({ preventScroll: true });
}

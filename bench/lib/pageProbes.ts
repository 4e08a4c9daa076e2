/**
 * Scripts installed in the page before the app runs (context.addInitScript). They record, on the
 * page's own clock, when things happen, so that the figures do not include Playwright round trips:
 *
 * - `marks`: first time after navigation that the lock screen's PIN field, the interview list,
 *   its first row and an enabled interview field were in the DOM (`<name>Painted`: after the
 *   frame that showed it), and when the PIN form was submitted;
 * - `keys` and `paints`: for keydowns on the watched field, the event time and the time after
 *   the next frame (key to next paint);
 * - `commits`: when an IndexedDB transaction that wrote the watched answer path completed.
 *   Answers are sealed at rest, so the probe looks only at the clear key fields (interviewId,
 *   path) of the row, never at its content.
 */
export interface ProbeState {
  marks: Record<string, number>;
  keys: number[];
  paints: number[];
  commits: number[];
}

/** Plain JavaScript (not a transpiled function: tsx would leave helper calls the page lacks). */
export const PROBE_SCRIPT = String.raw`(() => {
  const bench = { marks: {}, keys: [], paints: [], commits: [], watchPath: undefined };
  window.__bench = bench;
  const selectors = {
    pin: '.security-screen input[name="pin"]',
    list: '#root main.list-screen',
    rows: '#root main.list-screen .interview-row',
    interview: '#root .interview-layout [data-question] input:not([disabled]), #root .interview-layout [data-question] textarea:not([disabled])',
  };
  const check = () => {
    for (const [name, selector] of Object.entries(selectors)) {
      if (bench.marks[name] === undefined && document.querySelector(selector)) {
        bench.marks[name] = performance.now();
        // And when the frame showing it was painted (the task after that frame).
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (bench.marks[name + 'Painted'] = performance.now());
          channel.port2.postMessage(0);
        });
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'class'] });
  document.addEventListener('submit', (e) => {
    if (e.target && e.target.closest && e.target.closest('.security-screen')) bench.marks.pinSubmitted = performance.now();
  }, true);
  document.addEventListener('keydown', (e) => {
    const target = e.target;
    if (!bench.watchPath || !target || !target.closest || !target.closest('[data-question="' + bench.watchPath + '"]')) return;
    bench.keys.push(e.timeStamp);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => bench.paints.push(performance.now() - e.timeStamp);
      channel.port2.postMessage(0);
    });
  }, true);
  for (const method of ['put', 'add']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (value, key) {
      const request = key === undefined ? original.call(this, value) : original.call(this, value, key);
      if (this.name === 'answers' && bench.watchPath && value && typeof value === 'object' && value.path === bench.watchPath) {
        this.transaction.addEventListener('complete', () => bench.commits.push(performance.now()));
      }
      return request;
    };
  }
})();`;

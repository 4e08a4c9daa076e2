import type { Page } from 'playwright-core';

/**
 * Scripts installed in the page before the app runs (context.addInitScript). They record, on the
 * page's own clock, when things happen, so that the figures do not include Playwright round trips:
 *
 * - `marks`: first time after navigation that the lock screen's PIN field, the interview list,
 *   its first row and an enabled interview field were in the DOM (`<name>Painted`: after the
 *   frame that showed it), when the PIN was last typed and when its form was submitted; `whenMark(name)` resolves with a
 *   mark once it is set (see `untilMark`);
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
  const waiting = {};
  const setMark = (name, at) => {
    bench.marks[name] = at;
    for (const resolve of waiting[name] || []) resolve(at);
    delete waiting[name];
  };
  const bench = {
    marks: {}, keys: [], paints: [], commits: [], watchPath: undefined,
    whenMark: (name) => new Promise((resolve) => {
      if (bench.marks[name] !== undefined) return resolve(bench.marks[name]);
      (waiting[name] = waiting[name] || []).push(resolve);
    }),
  };
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
        setMark(name, performance.now());
        // And when the frame showing it was painted (the task after that frame).
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => setMark(name + 'Painted', performance.now());
          channel.port2.postMessage(0);
        });
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'class'] });
  // The PIN's key derivation starts as it is typed (OperatorVault.preparePin): when it was last typed.
  document.addEventListener('input', (e) => {
    if (e.target && e.target.name === 'pin' && e.target.closest && e.target.closest('.security-screen')) setMark('pinTyped', performance.now());
  }, true);
  document.addEventListener('submit', (e) => {
    if (e.target && e.target.closest && e.target.closest('.security-screen')) setMark('pinSubmitted', performance.now());
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

/**
 * Waits in the page, without polling it, until a mark is set: Playwright's locator and function
 * waits poll the page in every frame, and at 4x that polling took about 100 ms of the main thread
 * inside the measured window (a CPU profile of PIN → interview painted, 2026-11-23).
 */
export async function untilMark(page: Page, name: string, timeoutMs = 60_000): Promise<number> {
  const at = await page.evaluate(
    `Promise.race([window.__bench.whenMark(${JSON.stringify(name)}), new Promise((resolve) => setTimeout(() => resolve(NaN), ${timeoutMs}))])`,
  );
  if (typeof at !== 'number' || !Number.isFinite(at)) throw new Error(`mark ${name} not reached within ${timeoutMs / 1000} s`);
  return at;
}

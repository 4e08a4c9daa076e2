import type { SecurityController, SecuritySettings } from './securityController';

/**
 * Browser tests shorten the idle time with `localStorage.setItem(IDLE_OVERRIDE_KEY, '<ms>')`.
 * The override can only make locking sooner, never later, so it weakens nothing.
 */
export const IDLE_OVERRIDE_KEY = 'spt.security.idleMs';
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'scroll'] as const;
const CHECK_EVERY_MS = 1_000;

function overrideMs(storage: Storage | undefined): number | undefined {
  const raw = storage?.getItem(IDLE_OVERRIDE_KEY);
  const ms = raw ? Number(raw) : NaN;
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

/**
 * Locks after `idle` of no input, and on return when the page was hidden at least that long
 * (timers are throttled in hidden tabs, so the return is checked too). Returns a stop function.
 */
export function startAutoLock(security: SecurityController, win: Window = window): () => void {
  let lastActivity = Date.now();
  let idleMs = 5 * 60_000;
  let hiddenAt: number | undefined;
  const refreshIdle = (read: Promise<SecuritySettings>) =>
    void read.then(({ idleMinutes }) => {
      const configured = idleMinutes * 60_000;
      const override = overrideMs(win.localStorage);
      idleMs = override !== undefined ? Math.min(configured, override) : configured;
    });
  const check = () => {
    if (security.getState().kind !== 'unlocked') return;
    const now = Date.now();
    const hiddenTooLong = hiddenAt !== undefined && now - hiddenAt >= idleMs;
    if (hiddenTooLong) void security.lock('hidden');
    else if (now - lastActivity >= idleMs) void security.lock('idle');
  };
  const onActivity = () => {
    lastActivity = Date.now();
  };
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') hiddenAt = Date.now();
    else {
      check();
      hiddenAt = undefined;
      lastActivity = Date.now();
    }
  };
  const unsubscribe = security.subscribe(() => {
    // Each unlock starts a new idle period with the settings as they are now.
    if (security.getState().kind === 'unlocked') {
      lastActivity = Date.now();
      refreshIdle(security.settingsAtUnlock());
    }
  });
  refreshIdle(security.settings());
  for (const e of ACTIVITY_EVENTS) win.addEventListener(e, onActivity, { capture: true, passive: true });
  win.document.addEventListener('visibilitychange', onVisibility);
  const timer = win.setInterval(check, CHECK_EVERY_MS);
  return () => {
    unsubscribe();
    win.clearInterval(timer);
    for (const e of ACTIVITY_EVENTS) win.removeEventListener(e, onActivity, { capture: true });
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}

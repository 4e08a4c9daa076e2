/**
 * Install support. Chromium-based browsers fire `beforeinstallprompt` once, early, and only if
 * the page keeps the event can it offer installing later; iPad and iPhone Safari have no prompt,
 * so the app explains "Add to Home Screen" there (installed, Safari no longer deletes the data
 * after seven days without use).
 */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export interface InstallState {
  /** The browser offers installing now (a prompt can be shown). */
  canPrompt: boolean;
  installed: boolean;
  /** iPad/iPhone Safari, not started from the Home Screen: show how to add it. */
  showIosHelp: boolean;
}

let deferred: BeforeInstallPromptEvent | undefined;
let state: InstallState = { canPrompt: false, installed: false, showIosHelp: false };
const listeners = new Set<() => void>();

function set(patch: Partial<InstallState>) {
  state = { ...state, ...patch };
  listeners.forEach((l) => l());
}

export function isStandalone(win: Window = window): boolean {
  const nav = win.navigator as Navigator & { standalone?: boolean };
  return nav.standalone === true || (typeof win.matchMedia === 'function' && win.matchMedia('(display-mode: standalone)').matches);
}

/** iPadOS reports itself as a Mac; touch points tell them apart. Chrome and Firefox on iOS cannot add to the Home Screen the same way. */
export function isIosSafari(nav: Pick<Navigator, 'userAgent' | 'maxTouchPoints'> = navigator): boolean {
  const ua = nav.userAgent;
  const ios = /iPad|iPhone|iPod/.test(ua) || (/Macintosh/.test(ua) && nav.maxTouchPoints > 1);
  return ios && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS|OPiOS/.test(ua);
}

/** Call before the app renders: the event fires once, early in the page's life. */
export function captureInstallPrompt(): void {
  const installed = isStandalone();
  set({ installed, showIosHelp: !installed && isIosSafari() });
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    deferred = event as BeforeInstallPromptEvent;
    set({ canPrompt: true });
  });
  window.addEventListener('appinstalled', () => {
    deferred = undefined;
    set({ canPrompt: false, installed: true, showIosHelp: false });
  });
}

export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = deferred;
  if (!event) return 'unavailable';
  deferred = undefined;
  set({ canPrompt: false });
  await event.prompt();
  const { outcome } = await event.userChoice;
  return outcome;
}

export const installState = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  getSnapshot: () => state,
};

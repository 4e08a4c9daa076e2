import { Workbox } from 'workbox-window';
import { parseRoute } from '../app/route';

/**
 * Registration and update flow of the service worker (docs/pwa.md). A new version installs in
 * the background and then waits; nothing switches until the operator applies it from the
 * interview list, and never while an interview is open in this or another window.
 */
export interface ServiceWorkerState {
  supported: boolean;
  /** A service worker controls this page: the app keeps working without network. */
  offlineReady: boolean;
  /** A newer version is installed and waiting for the operator. */
  updateWaiting: boolean;
  applying: boolean;
  /** Set when applying was refused because an interview is open in another window. */
  blockedByOtherWindow: boolean;
  registrationFailed: boolean;
}

export type ApplyResult = 'applying' | 'nothing-waiting' | 'interview-open' | 'interview-open-elsewhere';

const CHANNEL = 'spt-pwa';
const OTHER_WINDOWS_WAIT_MS = 250;
const UPDATE_CHECK_INTERVAL_MS = 30 * 60_000;
const MIN_CHECK_GAP_MS = 60_000;

type Message = { type: 'who-edits'; from: string } | { type: 'editing'; to: string };

function interviewOpenHere(): boolean {
  const route = parseRoute(window.location.hash);
  return route.name === 'interview' || route.name === 'finish';
}

export class ServiceWorkerController {
  private state: ServiceWorkerState;
  private listeners = new Set<() => void>();
  private workbox: Workbox | undefined;
  private registration: ServiceWorkerRegistration | undefined;
  private lastCheck = 0;
  private channel: BroadcastChannel | undefined;
  private readonly windowId = Math.random().toString(36).slice(2);

  constructor(private readonly scriptUrl = '/sw.js') {
    const supported = typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
    this.state = {
      supported,
      offlineReady: supported && Boolean(navigator.serviceWorker.controller),
      updateWaiting: false,
      applying: false,
      blockedByOtherWindow: false,
      registrationFailed: false,
    };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = () => this.state;

  async start(): Promise<void> {
    if (!this.state.supported || this.workbox) return;
    this.listenToOtherWindows();
    const wb = new Workbox(this.scriptUrl, { scope: '/' });
    this.workbox = wb;
    wb.addEventListener('waiting', () => navigator.serviceWorker.controller && this.set({ updateWaiting: true }));
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      this.set({ offlineReady: true });
      // Only the window that asked reloads; another window on the list picks the version up on its next start.
      if (this.state.applying) window.location.reload();
    });
    try {
      const registration = await wb.register({ immediate: true });
      this.registration = registration;
      if (registration) {
        this.watch(registration);
        await navigator.serviceWorker.ready;
        this.set({ offlineReady: true });
      }
    } catch {
      this.set({ registrationFailed: true });
      return;
    }
    setInterval(() => void this.checkForUpdate(), UPDATE_CHECK_INTERVAL_MS);
    window.addEventListener('online', () => void this.checkForUpdate(true));
  }

  /** Asks the server for a newer service worker (cheap: one revalidated request). */
  async checkForUpdate(force = false): Promise<void> {
    if (!this.registration || (!force && Date.now() - this.lastCheck < MIN_CHECK_GAP_MS)) return;
    this.lastCheck = Date.now();
    await this.registration.update().catch(() => undefined);
    if (this.registration.waiting) this.set({ updateWaiting: true });
  }

  /**
   * Switches to the waiting version and reloads this window. Refused while an interview is open
   * here or in another window of the app, so that no half-typed answer meets new code.
   */
  async applyUpdate(): Promise<ApplyResult> {
    const waiting = this.registration?.waiting;
    if (!waiting) return 'nothing-waiting';
    if (interviewOpenHere()) return 'interview-open';
    if (await this.interviewOpenElsewhere()) {
      this.set({ blockedByOtherWindow: true });
      return 'interview-open-elsewhere';
    }
    this.set({ applying: true, blockedByOtherWindow: false });
    waiting.postMessage({ type: 'SKIP_WAITING' });
    return 'applying';
  }

  private watch(registration: ServiceWorkerRegistration) {
    if (registration.waiting && navigator.serviceWorker.controller) this.set({ updateWaiting: true });
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        // The very first install has no controller to replace: it is not an "update".
        if (installing.state === 'installed' && navigator.serviceWorker.controller) this.set({ updateWaiting: true });
      });
    });
  }

  private listenToOtherWindows() {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.addEventListener('message', (event: MessageEvent<Message>) => {
      if (event.data.type === 'who-edits' && interviewOpenHere()) this.channel?.postMessage({ type: 'editing', to: event.data.from } satisfies Message);
    });
  }

  private interviewOpenElsewhere(): Promise<boolean> {
    const channel = this.channel;
    if (!channel) return Promise.resolve(false);
    return new Promise((resolve) => {
      const onMessage = (event: MessageEvent<Message>) => {
        if (event.data.type === 'editing' && event.data.to === this.windowId) finish(true);
      };
      const timer = setTimeout(() => finish(false), OTHER_WINDOWS_WAIT_MS);
      const finish = (open: boolean) => {
        clearTimeout(timer);
        channel.removeEventListener('message', onMessage);
        resolve(open);
      };
      channel.addEventListener('message', onMessage);
      channel.postMessage({ type: 'who-edits', from: this.windowId } satisfies Message);
    });
  }

  private set(patch: Partial<ServiceWorkerState>) {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l());
  }
}

export const serviceWorker = new ServiceWorkerController();

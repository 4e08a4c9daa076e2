import { AppError } from '../domain/errors';
import { DEFAULT_RETENTION_DAYS, type InterviewStore } from '../storage/interviewStore';
import { PBKDF2_ITERATIONS } from './crypto';
import { OperatorVault, type NewOperator, type OperatorSummary, type UnlockedOperator } from './operatorVault';

export const DEFAULT_IDLE_MINUTES = 5;
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 60;
export const IDLE_MINUTES_KEY = 'security.idleMinutes';
export const RETENTION_DAYS_KEY = 'security.retentionDays';
/** Flushing unsaved input must not keep the device unlocked for ever if IndexedDB hangs. */
const FLUSH_TIMEOUT_MS = 5_000;
/** A screen's first read must not hold the lock screen for ever if IndexedDB is slow: the screen then reads on its own. */
const SHOWING_WAIT_MS = 1_000;

export type LockReason = 'manual' | 'idle' | 'hidden' | 'switch';

export interface ActiveOperator {
  id: string;
  name: string;
  organisation: string;
}

export type SecurityState =
  | { kind: 'loading' }
  | { kind: 'firstRun' }
  | { kind: 'locked'; operators: OperatorSummary[]; reason: LockReason | undefined; lastOperatorId: string | undefined }
  | { kind: 'unlocked'; operator: ActiveOperator; shareWithOrganisation: boolean };

export interface SecurityOptions {
  /** PBKDF2 iterations for new secrets; only tests lower it. */
  iterations?: number;
}

export interface SecuritySettings {
  idleMinutes: number;
  retentionDays: number;
}

/**
 * Who is using the device, and whether the keys are in memory. The store is unlocked only in the
 * `unlocked` state; locking first saves what the operator typed (beforeLock hooks), then drops
 * the keys and tells the UI to forget decrypted data (afterLock hooks).
 */
export class SecurityController {
  readonly vault: OperatorVault;
  private state: SecurityState = { kind: 'loading' };
  private current: UnlockedOperator | undefined;
  private listeners = new Set<() => void>();
  private beforeLockHooks = new Set<() => Promise<void>>();
  private afterLockHooks = new Set<() => void>();
  private unlockingHooks = new Set<(operatorId: string) => void>();
  private showingHooks = new Set<() => Promise<unknown> | undefined>();
  private initialising: Promise<void> | undefined;
  private lastOperatorId: string | undefined;
  private unlockSettings: Promise<SecuritySettings> | undefined;

  constructor(
    private readonly store: InterviewStore,
    options: SecurityOptions = {},
  ) {
    this.vault = new OperatorVault(store, options.iterations ?? PBKDF2_ITERATIONS);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getState = (): SecurityState => this.state;

  get operatorId(): string | undefined {
    return this.current?.id;
  }

  /** Reads the accounts once and applies retention; safe to call repeatedly. */
  init(): Promise<void> {
    this.initialising ??= (async () => {
      await this.applyRetention();
      await this.showLocked(undefined);
    })();
    return this.initialising;
  }

  async createOperator(input: NewOperator): Promise<void> {
    const colleague = this.current;
    const operator = await this.vault.create(input, colleague);
    if (colleague) await this.lock('switch');
    await this.enter(operator);
  }

  /**
   * The PIN field's value as it is typed: its key derivation may start before "Unlock"
   * (OperatorVault.preparePin), and so may the work that needs no key (`onUnlocking`).
   */
  preparePin(operatorId: string, pin: string): void {
    this.vault.preparePin(operatorId, pin);
    if (pin) this.unlockingHooks.forEach((h) => h(operatorId));
  }

  async unlockWithPin(operatorId: string, pin: string): Promise<void> {
    // The PIN's key derivation starts first: it is the longest step, and the hooks' reads can wait for it.
    const unlocking = this.vault.unlockWithPin(operatorId, pin);
    this.unlockingHooks.forEach((h) => h(operatorId));
    try {
      await this.enter(await unlocking);
    } catch (error) {
      // The account's state changed (fewer attempts left, or PIN revoked): show it.
      await this.showLocked(this.state.kind === 'locked' ? this.state.reason : undefined, operatorId);
      throw error;
    }
  }

  async unlockWithPassphrase(operatorId: string, passphrase: string, newPin?: string): Promise<void> {
    this.unlockingHooks.forEach((h) => h(operatorId));
    await this.enter(await this.vault.unlockWithPassphrase(operatorId, passphrase, newPin));
  }

  /** Saves pending input (encrypted, while the keys are still here), then forgets the keys. */
  async lock(reason: LockReason = 'manual'): Promise<void> {
    if (!this.current) return;
    const hooks = [...this.beforeLockHooks].map((h) => h().catch(() => undefined));
    await Promise.race([Promise.all(hooks), new Promise((r) => setTimeout(r, FLUSH_TIMEOUT_MS))]);
    if (!this.current) return;
    this.lastOperatorId = this.current.id;
    this.current = undefined;
    this.store.lock();
    this.afterLockHooks.forEach((h) => h());
    await this.showLocked(reason);
  }

  /** Registers work that must finish before a lock (e.g. an open interview's flush()); returns the unregister function. */
  beforeLock(hook: () => Promise<void>): () => void {
    this.beforeLockHooks.add(hook);
    return () => void this.beforeLockHooks.delete(hook);
  }

  /**
   * Registers work to start when an operator begins to unlock: at each change of the PIN being
   * typed, and when a secret is submitted, while it is checked (PBKDF2, off the main thread). It
   * must need no key, and keep a start already made: it is called again. The unlock may still fail,
   * or never come.
   */
  onUnlocking(hook: (operatorId: string) => void): () => void {
    this.unlockingHooks.add(hook);
    return () => void this.unlockingHooks.delete(hook);
  }

  /**
   * Registers work to finish before the unlocked app is shown, with the keys in the store: the first
   * data of the screen about to open, so that it is drawn once, complete, instead of drawn empty and
   * again when its data arrives (two renders and two layouts of the whole screen on a slow tablet).
   * Waited for at most SHOWING_WAIT_MS; a failure is the screen's to report when it reads again.
   */
  beforeShowing(hook: () => Promise<unknown> | undefined): () => void {
    this.showingHooks.add(hook);
    return () => void this.showingHooks.delete(hook);
  }

  /** Registers clean-up after a lock (e.g. dropping cached decrypted data). */
  afterLock(hook: () => void): () => void {
    this.afterLockHooks.add(hook);
    return () => void this.afterLockHooks.delete(hook);
  }

  async settings(): Promise<SecuritySettings> {
    const [idle, retention] = await Promise.all([this.store.getSetting<number>(IDLE_MINUTES_KEY), this.store.getSetting<number>(RETENTION_DAYS_KEY)]);
    return {
      idleMinutes: typeof idle === 'number' && idle >= MIN_IDLE_MINUTES && idle <= MAX_IDLE_MINUTES ? idle : DEFAULT_IDLE_MINUTES,
      retentionDays: typeof retention === 'number' && retention >= 1 ? retention : DEFAULT_RETENTION_DAYS,
    };
  }

  async saveSettings(settings: SecuritySettings, shareWithOrganisation: boolean): Promise<void> {
    const { idleMinutes, retentionDays } = settings;
    if (!Number.isInteger(idleMinutes) || idleMinutes < MIN_IDLE_MINUTES || idleMinutes > MAX_IDLE_MINUTES) {
      throw new AppError('security:errors.idleRange', { min: MIN_IDLE_MINUTES, max: MAX_IDLE_MINUTES });
    }
    if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 3650) throw new AppError('security:errors.retentionRange');
    await this.store.setSetting(IDLE_MINUTES_KEY, idleMinutes);
    await this.store.setSetting(RETENTION_DAYS_KEY, retentionDays);
    this.unlockSettings = Promise.resolve({ idleMinutes, retentionDays });
    const current = this.current;
    if (current && shareWithOrganisation !== current.keyring.shareWithOrganisation) {
      await this.vault.setSharing(current.organisation, shareWithOrganisation);
      this.current = { ...current, keyring: { ...current.keyring, shareWithOrganisation } };
      await this.store.unlock(this.current.keyring);
      this.afterLockHooks.forEach((h) => h()); // what the list shows changes
      this.set({ kind: 'unlocked', operator: { id: current.id, name: current.name, organisation: current.organisation }, shareWithOrganisation });
    }
    // With the days just saved: reading them back would only repeat the write.
    await this.store.purgeExpired(retentionDays);
  }

  /**
   * The settings as the last unlock read them, or as saved since (for what restarts when the
   * operator's state is set, such as the idle timer): unlocking already reads them for retention,
   * on the way to the first screen.
   */
  settingsAtUnlock(): Promise<SecuritySettings> {
    return this.unlockSettings ?? this.settings();
  }

  private async enter(operator: UnlockedOperator): Promise<void> {
    await this.store.unlock(operator.keyring);
    this.current = operator;
    this.lastOperatorId = operator.id;
    this.unlockSettings = this.settings();
    await this.applyRetention(this.unlockSettings);
    await this.prepareShowing();
    this.set({ kind: 'unlocked', operator: { id: operator.id, name: operator.name, organisation: operator.organisation }, shareWithOrganisation: operator.keyring.shareWithOrganisation });
  }

  // The timer is not cleared: once the work is done it only resolves a promise nobody waits for.
  private prepareShowing(): Promise<unknown> {
    const work = [...this.showingHooks].map((h) => h()?.catch(() => undefined)).filter(Boolean);
    return work.length ? Promise.race([Promise.all(work), new Promise((r) => setTimeout(r, SHOWING_WAIT_MS))]) : Promise.resolve();
  }

  private async applyRetention(read = this.settings()): Promise<void> {
    const { retentionDays } = await read;
    await this.store.purgeExpired(retentionDays);
  }

  private async showLocked(reason: LockReason | undefined, lastOperatorId = this.lastOperatorId): Promise<void> {
    if (this.current) return;
    const operators = await this.vault.list();
    this.set(operators.length ? { kind: 'locked', operators, reason, lastOperatorId } : { kind: 'firstRun' });
  }

  private set(state: SecurityState) {
    this.state = state;
    this.listeners.forEach((l) => l());
  }
}

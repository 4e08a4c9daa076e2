import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAutoLock } from '../../../src/security/autoLock';
import { SecurityController } from '../../../src/security/securityController';
import { InterviewStore } from '../../../src/storage/interviewStore';
import { SkillsProfileDb } from '../../../src/storage/schema';
import { TEST_ITERATIONS, TEST_OPERATOR } from '../../support/unlockedStore';

let counter = 0;
async function signedIn() {
  const name = `controller-${Date.now()}-${counter++}`;
  await Dexie.delete(name);
  const store = new InterviewStore(new SkillsProfileDb(name));
  const security = new SecurityController(store, { iterations: TEST_ITERATIONS });
  await security.init();
  expect(security.getState().kind).toBe('firstRun');
  await security.createOperator(TEST_OPERATOR);
  expect(security.getState()).toMatchObject({ kind: 'unlocked', operator: { name: TEST_OPERATOR.name } });
  return { store, security };
}

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe('locking', () => {
  it('saves pending input through the store before the keys are dropped, then forgets cached data', async () => {
    const { store, security } = await signedIn();
    const interview = await store.create({ operatorId: security.operatorId!, operatorLanguage: 'it', intervieweeLanguage: 'ar' });
    const events: string[] = [];
    security.beforeLock(async () => {
      events.push(`flush while unlocked=${store.unlocked}`);
      await store.updateMeta(interview.id, { intervieweeLanguage: 'ti' });
    });
    security.afterLock(() => events.push(`after, unlocked=${store.unlocked}`));
    await security.lock('manual');
    expect(events).toEqual(['flush while unlocked=true', 'after, unlocked=false']);
    expect(security.getState()).toMatchObject({ kind: 'locked', reason: 'manual', lastOperatorId: expect.any(String) });
    expect(security.operatorId).toBeUndefined();
    await expect(store.list()).rejects.toMatchObject({ code: 'security:errors.locked' });
    const state = security.getState();
    await security.unlockWithPin(state.kind === 'locked' ? state.operators[0]!.id : '', TEST_OPERATOR.pin);
    expect((await store.get(interview.id)).interview.intervieweeLanguage).toBe('ti');
  });

  it('shows the remaining attempts on the lock screen after a wrong PIN', async () => {
    const { security } = await signedIn();
    await security.lock();
    const id = security.getState().kind === 'locked' ? (security.getState() as { operators: { id: string }[] }).operators[0]!.id : '';
    await expect(security.unlockWithPin(id, '0000')).rejects.toMatchObject({ code: 'security:errors.wrongPin' });
    expect(security.getState()).toMatchObject({ kind: 'locked', operators: [{ failedPinAttempts: 1, pinAvailable: true }] });
  });

  it('refuses an idle time outside 1–60 minutes and keeps the default of 5', async () => {
    const { security } = await signedIn();
    expect(await security.settings()).toEqual({ idleMinutes: 5, retentionDays: 30 });
    await expect(security.saveSettings({ idleMinutes: 0, retentionDays: 30 }, false)).rejects.toMatchObject({ code: 'security:errors.idleRange' });
    await security.saveSettings({ idleMinutes: 2, retentionDays: 10 }, false);
    expect(await security.settings()).toEqual({ idleMinutes: 2, retentionDays: 10 });
  });
});

describe('auto-lock', () => {
  const waitForLock = (security: SecurityController) => vi.waitFor(() => expect(security.getState().kind).toBe('locked'), { timeout: 2_000, interval: 10 });

  it('locks after the configured idle time without input, not before', async () => {
    const { security } = await signedIn();
    await security.saveSettings({ idleMinutes: 1, retentionDays: 30 }, false);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const lock = vi.spyOn(security, 'lock');
    const stop = startAutoLock(security, window);
    await vi.waitFor(() => security.settings()); // idle time read
    await vi.advanceTimersByTimeAsync(50_000);
    window.dispatchEvent(new KeyboardEvent('keydown'));
    await vi.advanceTimersByTimeAsync(50_000);
    expect(lock).not.toHaveBeenCalled(); // activity restarted the minute
    await vi.advanceTimersByTimeAsync(11_000);
    expect(lock).toHaveBeenCalledWith('idle');
    vi.useRealTimers();
    await waitForLock(security);
    expect(security.getState()).toMatchObject({ reason: 'idle' });
    stop();
  });

  it('keeps to an idle time saved together with a sharing change, which sets the operator’s state again', async () => {
    const { security } = await signedIn();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const lock = vi.spyOn(security, 'lock');
    const stop = startAutoLock(security, window);
    await vi.advanceTimersByTimeAsync(10); // the 5 minutes of the unlock read
    await security.saveSettings({ idleMinutes: 1, retentionDays: 30 }, true);
    expect(security.getState()).toMatchObject({ kind: 'unlocked', shareWithOrganisation: true });
    await vi.advanceTimersByTimeAsync(61_000);
    expect(lock).toHaveBeenCalledWith('idle');
    vi.useRealTimers();
    await waitForLock(security);
    stop();
  });

  it('locks on return when the app was hidden longer than the idle time', async () => {
    const { security } = await signedIn();
    localStorage.setItem('spt.security.idleMs', '5000');
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const stop = startAutoLock(security, window);
    await vi.advanceTimersByTimeAsync(10);
    let visibility: DocumentVisibilityState = 'hidden';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    document.dispatchEvent(new Event('visibilitychange'));
    vi.setSystemTime(Date.now() + 6_000); // hidden tabs run no timers
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    vi.useRealTimers();
    await waitForLock(security);
    expect(security.getState()).toMatchObject({ reason: 'hidden' });
    stop();
  });

  it('a test override can only shorten the idle time', async () => {
    const { security } = await signedIn();
    localStorage.setItem('spt.security.idleMs', String(24 * 60 * 60_000));
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const stop = startAutoLock(security, window);
    await vi.advanceTimersByTimeAsync(5 * 60_000 + 2_000);
    vi.useRealTimers();
    await waitForLock(security);
    stop();
  });
});

describe('showing the unlocked app', () => {
  it('waits for the first screen\'s data, with the keys in the store, but not for ever, and not for a read that failed', async () => {
    const { store, security } = await signedIn();
    await security.lock();
    const id = (security.getState() as { operators: { id: string }[] }).operators[0]!.id;
    const seen: string[] = [];
    const stopRead = security.beforeShowing(async () => {
      seen.push(`read while unlocked=${store.unlocked}, state=${security.getState().kind}`);
      await new Promise((r) => setTimeout(r, 20));
    });
    const stopFailing = security.beforeShowing(() => Promise.reject(new Error('read failed')));
    await security.unlockWithPin(id, TEST_OPERATOR.pin);
    expect(seen).toEqual(['read while unlocked=true, state=locked']);
    expect(security.getState().kind).toBe('unlocked');
    stopRead();
    stopFailing();

    // A read that never ends (a stuck IndexedDB) holds the lock screen for a second at most.
    await security.lock();
    security.beforeShowing(() => new Promise(() => undefined));
    const started = Date.now();
    await security.unlockWithPin(id, TEST_OPERATOR.pin);
    expect(security.getState().kind).toBe('unlocked');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('starts the work that needs no key as the PIN is typed, and again at submit, but not for an emptied field', async () => {
    const { security } = await signedIn();
    await security.lock();
    const id = (security.getState() as { operators: { id: string }[] }).operators[0]!.id;
    const starts: string[] = [];
    security.onUnlocking((operatorId) => starts.push(operatorId));
    security.preparePin(id, '2');
    security.preparePin(id, '');
    expect(starts).toEqual([id]);
    for (const typed of ['2', '24', '246', TEST_OPERATOR.pin]) security.preparePin(id, typed);
    expect(starts).toHaveLength(5);
    await security.unlockWithPin(id, TEST_OPERATOR.pin);
    expect(starts).toHaveLength(6);
    expect(security.getState().kind).toBe('unlocked');
  });
});

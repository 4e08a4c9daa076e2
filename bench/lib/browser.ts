import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags of the project's browser tests (tests/support/browser.ts). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync', '--disable-quic'];
/** A mid-range tablet runs JavaScript about four times slower than a desktop core. */
export const CPU_SLOWDOWN = 4;

export const hasChromium = () => existsSync(CHROMIUM_PATH);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A fresh profile per measurement, like a new tablet: no cache, no IndexedDB, no service worker. */
export function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
}

export async function throttle(page: Page, rate = CPU_SLOWDOWN): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/** Same account as tests/support/signIn.ts; the form is found by field names, so any operator language works. */
export const BENCH_ACCOUNT = { name: 'Bench Operator', organisation: 'Bench Centre', passphrase: 'benchmark passphrase 2026', pin: '2468' };

export const LIST_READY = '#root main.list-screen';
export const INTERVIEW_READY = '#root .interview-layout #section-title';

async function appShown(page: Page) {
  await page.locator('#root .security-bar').waitFor({ timeout: 60_000 });
  await page.locator(`${LIST_READY}, #root .interview-layout`).first().waitFor({ timeout: 60_000 });
}

/** Creates the operator account on the first-run screen and waits for the app behind it. */
export async function signIn(page: Page): Promise<void> {
  await page.locator('.security-screen').first().waitFor({ timeout: 60_000 });
  const form = page.locator('form:has(input[name="operatorName"])');
  if (!(await form.count())) await page.locator('.security-screen button.secondary').last().click();
  await form.locator('input[name="operatorName"]').fill(BENCH_ACCOUNT.name);
  await form.locator('input[name="organisation"]').fill(BENCH_ACCOUNT.organisation);
  await form.locator('input[name="passphrase"]').fill(BENCH_ACCOUNT.passphrase);
  await form.locator('input[name="passphraseRepeat"]').fill(BENCH_ACCOUNT.passphrase);
  await form.locator('input[name="pin"]').fill(BENCH_ACCOUNT.pin);
  await form.locator('button[type="submit"]').click();
  await appShown(page);
}

export const PIN_FIELD = '.security-screen input[name="pin"]';

/** Types the PIN into the lock screen and submits; resolves when the click has been dispatched. */
export async function submitPin(page: Page): Promise<void> {
  await page.locator(PIN_FIELD).fill(BENCH_ACCOUNT.pin);
  await page.locator('.security-screen form button[type="submit"]').click();
}

export async function unlock(page: Page): Promise<void> {
  await page.locator(PIN_FIELD).waitFor();
  await submitPin(page);
  await appShown(page);
}

/** Resolves in the page after the next frame has been produced: rAF, then a task queued behind the paint. */
export const AFTER_NEXT_PAINT = `() => new Promise((resolve) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(performance.now()); c.port2.postMessage(0); }))`;

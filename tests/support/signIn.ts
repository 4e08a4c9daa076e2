import type { BrowserContext, Page } from 'playwright-core';
import { openApp } from './browser';

/**
 * Every app start is locked (keys live only in memory), so browser tests sign in first.
 * These helpers use field names, not labels, so they work in any operator language.
 */
export interface TestAccount {
  name: string;
  organisation: string;
  passphrase: string;
  pin: string;
}

export const TEST_ACCOUNT: TestAccount = { name: 'Test Operator', organisation: 'Test Centre', passphrase: 'browser test passphrase', pin: '2468' };

/** localStorage key that shortens the idle lock for tests (see src/security/autoLock.ts); it can only shorten it. */
export const IDLE_OVERRIDE_KEY = 'spt.security.idleMs';

async function appShown(page: Page) {
  await page.locator('#root .security-bar').waitFor();
  await page.locator('#root main.list-screen, #root .interview-layout').first().waitFor();
}

/** On the first-run screen, or the lock screen's "new operator" form: creates the account and waits for the app. */
export async function signIn(page: Page, account: TestAccount = TEST_ACCOUNT): Promise<void> {
  const form = page.locator('form:has(input[name="operatorName"])');
  if (!(await form.count())) await page.locator('.security-screen button.secondary').last().click();
  await fillAccountForm(page, account);
  await appShown(page);
}

/** Fills and submits the visible account form (first run, lock screen, or "Add an operator" while signed in). */
export async function fillAccountForm(page: Page, account: TestAccount): Promise<void> {
  const form = page.locator('form:has(input[name="operatorName"])');
  await form.locator('input[name="operatorName"]').fill(account.name);
  await form.locator('input[name="organisation"]').fill(account.organisation);
  await form.locator('input[name="passphrase"]').fill(account.passphrase);
  await form.locator('input[name="passphraseRepeat"]').fill(account.passphrase);
  await form.locator('input[name="pin"]').fill(account.pin);
  await form.locator('button[type="submit"]').click();
}

/** Unlocks the lock screen with a PIN (choosing the operator by name when given) and waits for the app. */
export async function unlock(page: Page, pin = TEST_ACCOUNT.pin, operatorName?: string): Promise<void> {
  await page.locator('.security-screen input[name="pin"]').waitFor();
  if (operatorName) {
    const value = await page.locator('.security-screen select option', { hasText: operatorName }).first().getAttribute('value');
    await page.locator('.security-screen select').selectOption(value ?? '');
    await page.locator('.security-screen input[name="pin"]').waitFor();
  }
  await page.locator('.security-screen input[name="pin"]').fill(pin);
  await page.locator('.security-screen form button[type="submit"]').click();
  await appShown(page);
}

/** openApp() on a fresh context, then sign in as a new operator. */
export async function openSignedIn(context: BrowserContext, hash = '#/', account: TestAccount = TEST_ACCOUNT): Promise<Page> {
  const page = await openApp(context, hash);
  await signIn(page, account);
  return page;
}

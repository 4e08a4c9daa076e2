import type { Page } from 'playwright-core';

/** Resolves once a service worker controls the page: from here on the app works without network. */
export async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

/** Waits for what the list tells the operator on a first visit: the app now works without network. */
export async function toldOfflineReady(page: Page): Promise<void> {
  await page.locator('[data-testid="offline-ready"][data-state="ready"]').waitFor({ timeout: 60_000 });
}

export async function saved(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').waitFor();
}

/** From the interview list (Italian operator interface): starts an interview held in `language`. */
export async function startInterview(page: Page, language: string): Promise<string> {
  await page.getByLabel('Lingua della persona intervistata').selectOption(language);
  await page.getByRole('button', { name: 'Avvia il colloquio' }).click();
  await page.locator('#section-title').waitFor();
  return decodeURIComponent(/#\/interview\/([^/]+)/.exec(page.url())?.[1] ?? '');
}

export async function giveConsentAndAlias(page: Page, alias: string): Promise<void> {
  await page.locator('[data-question="consent.given"] input[value="yes"]').check();
  await saved(page);
  await page.locator('nav a[href$="/personal"]').click();
  await page.locator('[data-question="personal.alias"] input').fill(alias);
  await saved(page);
}

export async function finishInterview(page: Page): Promise<void> {
  await page.locator('nav a.nav-finish').click();
  await page.locator('.finish button').first().click();
  await page.locator('.finish .notice').waitFor();
}

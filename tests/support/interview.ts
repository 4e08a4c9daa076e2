import type { Page } from 'playwright-core';

/** Waits until IndexedDB has confirmed every answer (the status line says so only then). */
export async function saved(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').waitFor();
}

/** Starts an interview from the list (Italian operator screen) in the given interviewee language. */
export async function startInterview(page: Page, language: string): Promise<void> {
  await page.getByLabel('Lingua della persona intervistata').selectOption(language);
  await page.getByRole('button', { name: 'Avvia il colloquio' }).click();
  await page.locator('#section-title').waitFor();
}

export async function giveConsent(page: Page): Promise<void> {
  await page.locator('[data-question="consent.given"] input[value="yes"]').check();
  await saved(page);
}

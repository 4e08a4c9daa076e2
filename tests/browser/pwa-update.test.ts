import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildProductionApp, serveBuild, type RunningApp } from '../support/appServer';
import { APP_SCREEN, hasBrowser, launch, newContext } from '../support/browser';
import { controlledByServiceWorker, giveConsentAndAlias, saved, startInterview } from '../support/pwa';
import { signIn, unlock } from '../support/signIn';

const NEW_VERSION = 'test-release-2';

/** Replaces the served files in place, as a deployment does. */
function deploy(from: string, to: string) {
  for (const name of readdirSync(to)) rmSync(join(to, name), { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

async function waitingWorker(page: Page): Promise<boolean> {
  return page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
}

async function appVersion(page: Page): Promise<string> {
  await page.locator('a[href="#/diagnostics"]').click();
  const version = (await page.getByTestId('diag-app-version').textContent()) ?? '';
  await page.getByRole('link', { name: 'Tutti i colloqui' }).click();
  await page.locator('main.list-screen').waitFor();
  return version;
}

describe.skipIf(!hasBrowser)('a new release while an interview is open', () => {
  let browser: Browser;
  let served: string;
  let nextRelease: string;
  let app: RunningApp;

  beforeAll(async () => {
    // Own origin and folder: the release is swapped under this server only, not under the other tests.
    served = mkdtempSync(join(tmpdir(), 'spt-served-'));
    cpSync(inject('buildDir'), served, { recursive: true });
    nextRelease = mkdtempSync(join(tmpdir(), 'spt-release-'));
    await buildProductionApp(nextRelease, { version: NEW_VERSION });
    app = await serveBuild(served);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    for (const dir of [served, nextRelease]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is offered, not applied during the interview, and applied from the list', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.locator(APP_SCREEN).first().waitFor();
    await signIn(page);
    await controlledByServiceWorker(page);
    const oldVersion = await appVersion(page);
    expect(oldVersion).not.toBe(NEW_VERSION);

    const id = await startInterview(page, 'en');
    await giveConsentAndAlias(page, 'Mina');
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    deploy(nextRelease, served);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => waitingWorker(page), { timeout: 60_000 }).toBe(true);

    // Still the same page and the same version, no offer on the interview screen, and typing still saves.
    expect(await page.getByTestId('update-banner').count()).toBe(0);
    await page.locator('[data-question="personal.alias"] input').fill('Mina K.');
    await saved(page);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    // An interview open in another window blocks the switch too.
    const other = await context.newPage();
    await other.goto(`${app.url}/#/interview/${id}`);
    await other.locator('.security-screen').waitFor();
    await page.locator('a.back').click();
    const banner = page.getByTestId('update-banner');
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Aggiorna ora' }).click();
    await banner.getByText('Un colloquio è aperto in un\'altra finestra').waitFor();
    expect(await waitingWorker(page)).toBe(true);
    await other.close();

    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Aggiorna ora' }).click()]);
    await unlock(page); // a reload locks: keys live in memory only
    expect(await appVersion(page)).toBe(NEW_VERSION);
    expect(await waitingWorker(page)).toBe(false);
    await expect.poll(() => page.locator('.interview-row').first().textContent()).toContain('Mina K.');
    await context.close();
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { saved } from '../support/interview';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeProfile } from '../../server/testing/profileFixture';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { API_PREFIX } from '../../src/domain/syncContract';
import { APP_SCREEN, hasBrowser, launch, newContext } from '../support/browser';
import { toldOfflineReady } from '../support/pwa';
import { signIn } from '../support/signIn';

/**
 * The app and the real server on one origin (a temporary PGlite database), so the Settings
 * screen's default server address is right and the test can kill and restart the server.
 */
let server: TestServer;
let browser: Browser;

async function openEnrolled(context: BrowserContext, token = server.token): Promise<Page> {
  await server.start(); // a no-op unless an earlier test left it stopped
  const page = await context.newPage();
  await page.goto(`${server.url}/#/`);
  await page.locator(APP_SCREEN).first().waitFor();
  await signIn(page);
  await page.evaluate(() => (location.hash = '#/settings'));
  const url = page.locator('input[name="serverUrl"]');
  await expect.poll(() => url.inputValue()).toBe(server.url);
  await page.locator('input[name="deviceToken"]').fill(token);
  await page.locator('main.sync-settings form button[type="submit"]').click();
  await page.locator('main.sync-settings [role="status"]').waitFor();
  // Busy while enrolling, the button kept focus (a disabled one loses it to the page).
  expect(await page.evaluate(() => document.activeElement?.matches('main.sync-settings form button[type="submit"]'))).toBe(true);
  await toList(page);
  // As an operator would, the tests go offline only once the app says it works without network.
  await toldOfflineReady(page);
  return page;
}

async function toList(page: Page) {
  await page.evaluate(() => (location.hash = '#/'));
  await page.locator('main.list-screen').waitFor();
}

/** Starts, fills (consent and a name) and finishes an interview through the UI; returns its id. */
async function finishInterview(page: Page, name: string): Promise<string> {
  await page.getByLabel('Lingua della persona intervistata').selectOption('en');
  await page.getByRole('button', { name: 'Avvia il colloquio' }).click();
  await page.locator('#section-title').waitFor();
  await page.locator('[data-question="consent.given"] input[value="yes"]').check();
  await saved(page);
  await page.locator('nav a[href$="/personal"]').click();
  await page.locator('[data-question="personal.firstName"] input').fill(name);
  await saved(page);
  const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
  await page.evaluate((i) => (location.hash = `#/interview/${i}/finish`), id);
  await page.getByRole('button', { name: 'Concludi il colloquio' }).click();
  await page.getByText('Concluso il').waitFor();
  await toList(page);
  return id;
}

const row = (page: Page, id: string) => page.locator(`li[data-interview="${id}"]`);

async function allSynced(page: Page, ids: string[]) {
  for (const id of ids) await row(page, id).locator('.sync-state-synced').waitFor({ timeout: 30_000 });
}

describe.skipIf(!hasBrowser)('sync in the browser against the real server', () => {
  beforeAll(async () => {
    server = await startTestServer({ staticDir: inject('buildDir') });
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finishes three interviews offline; once online each reaches the server exactly once', async () => {
    const context = await newContext(browser);
    const page = await openEnrolled(context);
    await context.setOffline(true);
    const ids = [await finishInterview(page, 'Offline Uno'), await finishInterview(page, 'Offline Due'), await finishInterview(page, 'Offline Tre')];
    for (const id of ids) await expect.poll(() => row(page, id).locator('.sync-state-queued').count()).toBe(1);
    expect(await Promise.all(ids.map((id) => server.revisions(id)))).toEqual([[], [], []]);

    await context.setOffline(false);
    await allSynced(page, ids);
    expect(await Promise.all(ids.map((id) => server.revisions(id)))).toEqual([[1], [1], [1]]);
    for (const id of ids) {
      const response = await fetch(`${server.url}${API_PREFIX}/profiles/${id}`, { headers: { Authorization: `Bearer ${server.token}` } });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { history: unknown[] }).history).toHaveLength(1);
    }
    await expect.poll(() => page.locator('.sync-last').textContent()).toContain('Ultima sincronizzazione');
    await context.close();
  }, 180_000);

  it('loses and duplicates nothing when the server dies in the middle of a sync and comes back', async () => {
    const context = await newContext(browser);
    const page = await openEnrolled(context);
    await context.setOffline(true);
    const ids = [await finishInterview(page, 'Crash Uno'), await finishInterview(page, 'Crash Due'), await finishInterview(page, 'Crash Tre')];
    // The first upload reaches the server and is stored, then the server dies before answering.
    let crash: Promise<void> | undefined;
    let lostAnswerFor = '';
    await page.route(`**${API_PREFIX}/profiles/*`, async (route) => {
      if (crash || route.request().method() !== 'PUT') return route.continue();
      lostAnswerFor = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
      crash = (async () => {
        await route.fetch();
        await server.kill();
      })();
      await crash;
      await route.abort('connectionreset');
    });
    await context.setOffline(false);
    await expect.poll(() => crash !== undefined, { timeout: 30_000 }).toBe(true);
    await crash;
    // Uploads in flight when it died may have been stored too: their answers were lost all the same.
    const stored = await Promise.all(ids.map((id) => server.revisions(id)));
    expect(stored.flat().length).toBeGreaterThanOrEqual(1);
    expect(stored.every((r) => r.length <= 1)).toBe(true);
    await expect.poll(() => page.locator('.sync-phase').getAttribute('data-phase'), { timeout: 30_000 }).toBe('backing_off');
    // Stored on the server, but without the receipt the device keeps it queued.
    expect(await server.revisions(lostAnswerFor)).toEqual([1]);
    expect(await row(page, lostAnswerFor).locator('.sync-state-queued').count()).toBe(1);
    expect(await page.locator('.sync-quarantine').count()).toBe(0);

    await server.start();
    await page.getByRole('button', { name: 'Sincronizza ora' }).click();
    await allSynced(page, ids);
    expect(await Promise.all(ids.map((id) => server.revisions(id)))).toEqual([[1], [1], [1]]);
    await context.close();
  }, 180_000);

  it('shows the server’s reason for a refused profile, and offers review, resend and export', async () => {
    const context = await newContext(browser);
    const page = await openEnrolled(context);
    await context.setOffline(true);
    const id = await finishInterview(page, 'Vecchia Versione');
    // Another device already sent a newer revision of the same interview.
    const newer = await fetch(`${server.url}${API_PREFIX}/profiles/${id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ revision: 2, profile: makeProfile({ id, revision: 2 }) }),
    });
    expect(newer.status).toBe(201);
    await context.setOffline(false);
    const refused = row(page, id).locator('.sync-quarantine');
    await refused.waitFor({ timeout: 30_000 });
    await expect.poll(() => refused.textContent()).toContain('il server ha già una versione più recente');
    expect(await refused.getByRole('button', { name: /Invia di nuovo/ }).count()).toBe(1);
    const download = page.waitForEvent('download');
    await refused.getByRole('button', { name: /Esporta in JSON/ }).click();
    expect((await download).suggestedFilename()).toBe(`interview-${id}-r1.json`);
    expect(await server.revisions(id)).toEqual([2]);
    await context.close();
  }, 180_000);

  it('asks to re-enrol the device when the server refuses its token', async () => {
    const context = await newContext(browser);
    const page = await openEnrolled(context, 'spt_revoked-or-unknown-token-0000000000');
    await finishInterview(page, 'Token Sbagliato');
    await page.getByRole('button', { name: 'Sincronizza ora' }).click();
    await page.locator('.sync-panel [role="alert"]').getByText('Registra di nuovo il dispositivo').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sincronizza ora');
    await context.close();
  }, 180_000);
});

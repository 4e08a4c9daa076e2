import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { saved } from '../support/interview';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { API_PREFIX } from '../../src/domain/syncContract';
import { eraseOnServer } from '../../src/security/serverErasure';
import { seriousViolations } from '../support/axe';
import { CHROMIUM_ARGS, CHROMIUM_PATH, baseUrl, hasBrowser, launch, newContext, openApp } from '../support/browser';
import { fillAccountForm, IDLE_OVERRIDE_KEY, openSignedIn, signIn, TEST_ACCOUNT, unlock } from '../support/signIn';

const FIRST = 'Xiomara';
const LAST = 'Thistlewood-Okafor';

/** Starts an interview, gives consent and types the interviewee's name; returns the interview id. */
async function interviewWithName(page: Page, first = FIRST, last = LAST): Promise<string> {
  await page.getByLabel('Lingua della persona intervistata').selectOption('en');
  await page.getByRole('button', { name: 'Avvia il colloquio' }).click();
  await page.locator('#section-title').waitFor();
  await page.locator('[data-question="consent.given"] input[value="yes"]').check();
  await saved(page);
  await page.locator('nav a[href$="/personal"]').click();
  await page.locator('[data-question="personal.firstName"] input').fill(first);
  await page.locator('[data-question="personal.lastName"] input').fill(last);
  await saved(page);
  return decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
}

async function backToList(page: Page) {
  await page.locator('a.back').click();
  await page.locator('main.list-screen').waitFor();
}

/** Every IndexedDB database of the origin, every object store, every record, as JSON. */
async function rawIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const out: unknown[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      for (const store of Array.from(db.objectStoreNames)) out.push({ name, store, rows: await request(db.transaction(store).objectStore(store).getAll()) });
      db.close();
    }
    return JSON.stringify(out);
  });
}

/** Whether the page has fetched a file whose address matches `pattern` (its resource timing entries). */
function hasFetched(page: Page, pattern: RegExp): Promise<boolean> {
  return page.evaluate((source) => performance.getEntriesByType('resource').some((e) => new RegExp(source).test(e.name)), pattern.source);
}

async function lockNow(page: Page) {
  await page.locator('.security-bar button').first().click();
  await page.locator('.security-screen input[name="pin"], .security-screen input[name="passphrase"]').first().waitFor();
}

describe.skipIf(!hasBrowser)('shared tablets in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the interviewee’s name out of IndexedDB in clear, and shows it after unlock', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    const id = await interviewWithName(page);
    await backToList(page);
    await expect.poll(() => page.locator('.interview-row').first().textContent()).toContain(`${FIRST} ${LAST}`);

    const raw = await rawIndexedDb(page);
    expect(raw).toContain(id); // the records are there…
    expect(raw.length).toBeGreaterThan(2_000);
    for (const fragment of [FIRST, LAST, 'Thistlewood', 'xiomara']) expect(raw.toLowerCase()).not.toContain(fragment.toLowerCase()); // …but not the name
    const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(storage).not.toContain(FIRST);

    // Locking hides every personal detail; the lock screen shows only the operator account.
    await lockNow(page);
    expect(await page.locator('body').textContent()).not.toContain(FIRST);
    await unlock(page);
    await expect.poll(() => page.locator('.interview-row').first().textContent()).toContain(FIRST);
    await context.close();
  });

  it('locks after the idle time, saving what was typed, and unlocks with the PIN', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    // The settings screen accepts whole minutes; tests shorten the idle time further with the documented override.
    await page.evaluate(([key]) => localStorage.setItem(key!, '3000'), [IDLE_OVERRIDE_KEY]);
    await page.locator('.security-bar button[aria-expanded]').last().click();
    await page.locator('input[name="idleMinutes"]').fill('2');
    await page.locator('.security-bar form button[type="submit"]').click();
    await page.locator('input[name="idleMinutes"]').waitFor({ state: 'detached' });
    await lockNow(page);
    await unlock(page); // a new idle period starts with the override in force

    await interviewWithName(page);
    await page.locator('[data-question="personal.lastName"] input').fill('Typed-Just-Before-Lock');
    // No input from here on: the app locks by itself within about 3 s (checked every second).
    await page.locator('.security-screen input[name="pin"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('.security-screen .notice').count()).toBe(1);
    expect(await page.locator('body').textContent()).not.toContain('Typed-Just-Before-Lock');
    expect(await rawIndexedDb(page)).not.toContain('Typed-Just-Before-Lock');

    await unlock(page);
    await page.locator('[data-question="personal.lastName"] input').waitFor();
    expect(await page.locator('[data-question="personal.lastName"] input').inputValue()).toBe('Typed-Just-Before-Lock');
    await context.close();
  });

  it('saves unsaved input encrypted when locked at once, before the autosave delay', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    await interviewWithName(page);
    await page.locator('[data-question="personal.lastName"] input').fill('Saved-By-Lock');
    await lockNow(page);
    await unlock(page);
    await page.locator('[data-question="personal.lastName"] input').waitFor();
    expect(await page.locator('[data-question="personal.lastName"] input').inputValue()).toBe('Saved-By-Lock');
    await context.close();
  });

  it('derives the PIN’s key while the PIN is typed, so that "Unlock" does not start it', async () => {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      const w = window as unknown as { pinDerivations: number };
      w.pinDerivations = 0;
      const derive = crypto.subtle.deriveKey.bind(crypto.subtle);
      crypto.subtle.deriveKey = (algorithm, ...rest) => {
        if ((algorithm as Algorithm).name === 'PBKDF2') w.pinDerivations++;
        return derive(algorithm, ...rest);
      };
    });
    const page = await openSignedIn(context);
    await lockNow(page);
    const derivations = () => page.evaluate(() => (window as unknown as { pinDerivations: number }).pinDerivations);
    const before = await derivations();
    await page.locator('.security-screen input[name="pin"]').pressSequentially(TEST_ACCOUNT.pin, { delay: 50 });
    await expect.poll(derivations).toBe(before + 1);
    await page.locator('.security-screen form button[type="submit"]').click();
    await page.locator('.security-bar').waitFor();
    expect(await derivations()).toBe(before + 1);
    await context.close();
  });

  it('after 5 wrong PINs requires the passphrase, which sets a new PIN', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    await lockNow(page);
    const pin = page.locator('.security-screen input[name="pin"]');
    for (let attempt = 1; attempt <= 4; attempt++) {
      await pin.fill('0000');
      await page.locator('.security-screen form button[type="submit"]').click();
      await expect.poll(() => page.locator('.security-screen [role="alert"]').textContent()).toContain(String(5 - attempt));
      // The emptied PIN field has focus again: the next try needs no tap on it.
      await expect.poll(() => pin.evaluate((el) => el === document.activeElement && (el as HTMLInputElement).value === '')).toBe(true);
    }
    await pin.fill('0000');
    await page.locator('.security-screen form button[type="submit"]').click();
    // The fifth wrong PIN revokes the PIN: only the passphrase form remains, asking for a new PIN.
    await page.locator('.security-screen input[name="newPin"]').waitFor();
    expect(await page.locator('.security-screen input[name="pin"]').count()).toBe(0);
    await page.reload();
    await page.locator('.security-screen input[name="newPin"]').waitFor(); // a reload does not bring the PIN back

    await page.locator('.security-screen input[name="passphrase"]').fill('not the passphrase');
    await page.locator('.security-screen input[name="newPin"]').fill('8642');
    await page.locator('.security-screen form button[type="submit"]').click();
    await page.locator('.security-screen [role="alert"]').waitFor();
    await expect.poll(() => page.locator('.security-screen input[name="passphrase"]').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.locator('.security-screen input[name="passphrase"]').fill(TEST_ACCOUNT.passphrase);
    await page.locator('.security-screen form button[type="submit"]').click();
    await page.locator('.security-bar').waitFor();

    await lockNow(page);
    await unlock(page, '8642');
    await context.close();
  });

  it('a second operator cannot see or open the first one’s interviews', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    const annaId = await interviewWithName(page);
    await backToList(page);

    await page.locator('.security-bar button').nth(1).click(); // switch operator
    await signIn(page, { name: 'Bruno Secondo', organisation: 'Test Centre', passphrase: 'bruno passphrase ok', pin: '1357' });
    await expect.poll(() => page.locator('.security-bar').textContent()).toContain('Bruno Secondo');
    expect(await page.locator('.interview-row').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain(FIRST);
    // Even the direct address of Anna's interview opens nothing for Bruno.
    await page.evaluate((target) => (location.hash = `#/interview/${target}/personal`), annaId);
    await page.locator('main [role="alert"]').waitFor();
    expect(await page.locator('body').textContent()).not.toContain(FIRST);
    expect(await page.locator('[data-question="personal.firstName"]').count()).toBe(0);

    await page.locator('.security-bar button').nth(1).click();
    await unlock(page, TEST_ACCOUNT.pin, TEST_ACCOUNT.name);
    await page.locator('main.list-screen').waitFor(); // another operator than before: back to the list
    await expect.poll(() => page.locator('.interview-row').first().textContent()).toContain(FIRST);
    await context.close();
  });

  describe('erasure', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ org: 'centro-torino' });
    });
    afterAll(async () => {
      await server?.close();
    });

    it('erases on the device (with an audit entry) and on the server, which then refuses a resend with 410', async () => {
      const context = await newContext(browser);
      const page = await openSignedIn(context);
      const id = await interviewWithName(page);
      await backToList(page);

      // The profile as the app exports it is what reaches the server.
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.interview-row .row-actions button.secondary').first().click()]);
      const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { interview: { id: string; revision: number; updatedAt: string } };
      expect(exported.interview.id).toBe(id);
      // Only finished interviews are sent; finishing needs the whole questionnaire, so the test marks it as the finish page would.
      const profile = { ...exported, interview: { ...exported.interview, status: 'finished', revision: 1, finishedAt: exported.interview.updatedAt } };
      const put = () =>
        fetch(`${server.url}${API_PREFIX}/profiles/${id}`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
          body: JSON.stringify({ revision: profile.interview.revision, profile }),
        });
      expect((await put()).status).toBe(201);

      // Erasure on the device: the row, its answers and nothing else of it remain; the trail records who and when.
      await page.locator('.interview-row .row-actions button.secondary').last().click();
      await page.locator('.interview-row button.danger').click();
      await page.locator('.interview-row').waitFor({ state: 'detached' });
      const raw = await rawIndexedDb(page);
      const audit = JSON.parse(raw).find((s: { store: string }) => s.store === 'audit').rows as { action: string; interviewId: string }[];
      expect(audit.filter((e) => e.interviewId === id).map((e) => e.action)).toEqual(expect.arrayContaining(['created', 'exported', 'erased']));
      const rows = JSON.parse(raw).filter((s: { store: string }) => s.store === 'interviews' || s.store === 'answers');
      expect(JSON.stringify(rows)).not.toContain(id);

      // Erasure on the server, then a stale device resending the profile is refused.
      const erased = await eraseOnServer({ serverUrl: server.url, token: server.token }, id);
      expect(erased).toMatchObject({ kind: 'erased', response: { id, revisionsErased: 1 } });
      const resend = await put();
      expect(resend.status).toBe(410);
      expect(((await resend.json()) as { code: string }).code).toBe('erased');
      await context.close();
    });
  });

  it('a colleague added while the organisation shares sees the shared interviews; the lock screen never shows them', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    await page.locator('.security-bar button[aria-expanded]').last().click();
    await page.locator('input[name="share"]').check();
    await page.locator('.security-bar form button[type="submit"]').click();
    await page.locator('input[name="share"]').waitFor({ state: 'detached' });
    await interviewWithName(page);
    await backToList(page);
    await page.locator('.security-bar button[aria-expanded]').first().click(); // add an operator
    await fillAccountForm(page, { name: 'Carla Collega', organisation: 'Test Centre', passphrase: 'carla passphrase ok', pin: '9753' });
    await expect.poll(() => page.locator('.security-bar').textContent()).toContain('Carla Collega');
    await expect.poll(() => page.locator('.interview-row').first().textContent()).toContain(FIRST);
    await context.close();
  });
});

async function smallTargets(page: Page) {
  return page.$$eval('button, select, input:not([type="checkbox"])', (els) =>
    els.filter((el) => (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().height < 44).map((el) => el.outerHTML.slice(0, 80)),
  );
}

describe.skipIf(!hasBrowser)('first run and lock screens', () => {
  it('open on the account screen, not on interview data, and are accessible (axe, 44 px targets)', async () => {
    const browser = await launch();
    const context = await newContext(browser, { viewport: { width: 800, height: 1280 } });
    const page = await openApp(context);
    expect(await page.locator('input[name="operatorName"]').count()).toBe(1);
    expect(await page.locator('.interview-row, .new-interview').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await signIn(page);
    await page.locator('.security-bar button[aria-expanded]').last().click();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await lockNow(page);
    await page.locator('.security-screen input[name="pin"]').fill('0000');
    await page.locator('.security-screen form button[type="submit"]').click();
    await page.locator('.security-screen [role="alert"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await browser.close();
  });

  it('fetch the next screen only once the operator starts filling in the account form, and the one the lock screen opens on at once', async () => {
    const browser = await launch();
    // Blocked so that the page's own requests are the only ones (the worker precaches every chunk).
    const context = await newContext(browser, { serviceWorkers: 'block' });
    const listChunk = /\/InterviewListScreen-[^/]*\.js$/;
    const page = await openApp(context);
    await page.locator('input[name="operatorName"]').waitFor();
    const fetched = () => hasFetched(page, listChunk);
    await page.waitForTimeout(1_000);
    expect(await fetched()).toBe(false);
    const requested = page.waitForRequest(listChunk);
    await page.locator('input[name="operatorName"]').pressSequentially('G');
    await requested;

    await fillAccountForm(page, TEST_ACCOUNT);
    await page.locator('main.list-screen').waitFor();
    // Reloaded, the app opens locked, on the list's route.
    await page.reload();
    await page.locator('.security-screen input[name="pin"]').waitFor();
    await expect.poll(fetched).toBe(true);

    // Opened on an interview's address: the interview screen's texts wait for the first keystroke too.
    const onInterview = await openApp(await newContext(browser, { serviceWorkers: 'block' }), '#/interview/00000000-0000-4000-8000-000000000000/personal');
    const interviewTexts = /\/locale-it-interview-[^/]*\.js$/;
    await onInterview.locator('input[name="operatorName"]').waitFor();
    await onInterview.waitForTimeout(1_000);
    expect(await hasFetched(onInterview, interviewTexts)).toBe(false);
    const textsRequested = onInterview.waitForRequest(interviewTexts);
    await onInterview.locator('input[name="operatorName"]').pressSequentially('G');
    await textsRequested;
    await browser.close();
  });

  it('show no flash of "Caricamento…" before a screen that is ready within a few frames, but say it when loading takes longer', async () => {
    const browser = await launch();
    // Blocked so that page.route sees the screen's chunk (the worker would answer it from its cache).
    const context = await newContext(browser, { serviceWorkers: 'block' });
    // Each loading text as it is inserted: whether it would be visible in the frame that first shows it.
    await context.addInitScript(() => {
      const seen = new WeakSet<Element>();
      const w = window as unknown as { loadingTexts: string[] };
      w.loadingTexts = [];
      new MutationObserver(() => {
        for (const p of document.querySelectorAll('#root p')) {
          if (p.textContent !== 'Caricamento…' || seen.has(p)) continue;
          seen.add(p);
          w.loadingTexts.push(getComputedStyle(p).visibility);
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await openApp(context);
    const loadingTexts = () => page.evaluate(() => (window as unknown as { loadingTexts: string[] }).loadingTexts);
    await page.locator('input[name="operatorName"]').waitFor();
    expect((await loadingTexts()).filter((v) => v !== 'hidden')).toEqual([]);

    await signIn(page);
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/DiagnosticsScreen-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.evaluate(() => (window.location.hash = '#/diagnostics'));
    const loading = page.locator('#root main[aria-busy="true"] p', { hasText: 'Caricamento…' });
    await loading.waitFor({ state: 'attached' });
    expect((await loadingTexts()).at(-1)).toBe('hidden');
    await loading.waitFor({ state: 'visible' });
    release();
    await page.locator('#root main:not([aria-busy="true"])').waitFor();
    await browser.close();
  });
});

describe.skipIf(!hasBrowser)('served on a plain http:// address other than the device’s own', () => {
  it('says why nothing can be stored there, instead of an account form that would fail', async () => {
    // A LAN name for the same server: Chromium treats only localhost and loopback addresses as secure without TLS.
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP tablet-server.test 127.0.0.1'], headless: true });
    const page = await (await newContext(browser)).newPage();
    const address = `http://tablet-server.test:${new URL(baseUrl()).port}`;
    await page.goto(`${address}/`);
    await page.getByRole('heading', { level: 1, name: "Apri l'app dal suo indirizzo sicuro" }).waitFor();
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    expect(await page.getByRole('alert').textContent()).toContain(`Questo indirizzo (${address}) non è sicuro`);
    expect(await page.locator('input[name="operatorName"], input[name="pin"]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await browser.close();
  });
});

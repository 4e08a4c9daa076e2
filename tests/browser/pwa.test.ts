import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src/storage/schema';
import { serveBuild } from '../support/appServer';
import { seriousViolations } from '../support/axe';
import { APP_SCREEN, baseUrl, CHROMIUM_ARGS, CHROMIUM_PATH, hasBrowser, launch, newContext, openApp } from '../support/browser';
import { controlledByServiceWorker, finishInterview, giveConsentAndAlias, saved, startInterview, toldOfflineReady } from '../support/pwa';
import { openSignedIn, signIn, unlock } from '../support/signIn';

async function backToList(page: Page) {
  await page.locator('a.back').click();
  await page.locator('main.list-screen').waitFor();
}

async function rowStatuses(page: Page): Promise<string[]> {
  return page.locator('.interview-row .status').evaluateAll((els) => els.map((e) => e.className));
}

describe.skipIf(!hasBrowser)('installable offline app in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('after one online visit, starts, creates and finishes an interview with no network', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    // What tells the operator it is safe to leave the network.
    await toldOfflineReady(page);
    expect(await page.getByTestId('offline-ready').textContent()).toContain("Pronta: ora l'app funziona su questo dispositivo anche senza rete.");
    await controlledByServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    await unlock(page);
    expect(await page.getByTestId('offline-ready').count()).toBe(0);
    await startInterview(page, 'en');
    await giveConsentAndAlias(page, 'Offline Mina');
    await finishInterview(page);
    await backToList(page);
    await expect.poll(() => page.locator('.interview-row').first().textContent()).toContain('Offline Mina');
    expect(await rowStatuses(page)).toEqual([expect.stringContaining('status-finished')]);

    // A deep link opened offline still gets the app shell from the service worker.
    const deep = await context.newPage();
    await deep.goto(`${baseUrl()}/some/client/path`);
    await deep.locator('.security-screen').waitFor();
    await deep.close();
    await context.close();
  });

  it('says so when a screen cannot open offline before the app was stored, keeps the interview, and opens it once the network is back', async () => {
    // No service worker, and the interview screen's code never arrives: the network went away too early.
    const context = await newContext(browser, { serviceWorkers: 'block' });
    const chunk = /\/assets\/InterviewScreen-[^/]*\.js$/;
    await context.route(chunk, (route) => route.abort('internetdisconnected'));
    let failedFetches = 0;
    context.on('requestfailed', (request) => void (chunk.test(request.url()) && failedFetches++));
    // Only the code is missing: the interview texts arrive (one round trip after their loader map, src/i18n/resources.ts).
    let textsLoaded = false;
    context.on('requestfinished', (request) => void (/\/assets\/locale-it-interview-[^/]*\.js$/.test(request.url()) && (textsLoaded = true)));
    const page = await openSignedIn(context);
    // The operator was told: the service worker could not be installed (the context blocks it).
    await expect.poll(() => page.getByTestId('offline-ready').getAttribute('data-state')).toBe('failed');
    expect(await page.getByTestId('offline-ready').textContent()).toContain("Non è stato possibile preparare l'app per l'uso senza rete");
    // The list prefetches the interview screen when idle; going offline during that fetch can leave it hanging in Chromium.
    await expect.poll(() => failedFetches > 0, { timeout: 15_000 }).toBe(true);
    await expect.poll(() => textsLoaded, { timeout: 15_000 }).toBe(true);
    await context.setOffline(true);
    await page.getByLabel('Lingua della persona intervistata').selectOption('en');
    await page.getByRole('button', { name: 'Avvia il colloquio' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Non è stato possibile aprire questa schermata' });
    await heading.waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Manca la rete');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('screen-load-title');
    expect(await seriousViolations(page)).toEqual([]);
    // Still offline, a retry fails again and says so (tests/unit/ui/screenLoadBoundary.test.tsx: it fetches again).
    await page.getByRole('button', { name: 'Riprova' }).click();
    await heading.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('screen-load-title');
    expect(await page.locator('#section-title').count()).toBe(0);

    await context.unroute(chunk);
    await context.setOffline(false);
    // Back online, the screen is tried again without a click, and the interview started offline is there. A browser
    // that keeps a module whose fetch failed as failed for the page (Chromium 150) cannot fetch it again: the app
    // then reloads, and the PIN reopens the same screen.
    const pin = page.locator('.security-screen input[name="pin"]');
    await page.locator('#section-title').or(pin).first().waitFor();
    if (await pin.count()) await unlock(page);
    await page.locator('#section-title').waitFor();
    await page.locator('[data-question="consent.given"] input[value="yes"]').check();
    await saved(page);
    await backToList(page);
    await expect.poll(() => page.locator('.interview-row').count()).toBe(1);
    await context.close();
  });

  it('never answers an /api/ request with the cached app page', async () => {
    const context = await newContext(browser);
    const page = await openApp(context);
    await controlledByServiceWorker(page);
    const online = await page.goto(`${baseUrl()}/api/v1/health`);
    expect(online?.headers()['content-type']).toContain('application/json');
    await page.goto(`${baseUrl()}/`);
    await controlledByServiceWorker(page);
    await context.setOffline(true);
    const offline = await page.evaluate(() => fetch('/api/v1/health').then((r) => r.headers.get('content-type'), (e: Error) => `failed: ${e.name}`));
    expect(offline).toMatch(/^failed/);
    const navigation = await page.goto(`${baseUrl()}/api/v1/health`).then(
      (r) => r?.headers()['content-type'] ?? 'no response',
      () => 'failed',
    );
    expect(navigation).not.toContain('text/html');
    await context.close();
  });

  it('asks for persistent storage at the first interview, shows the answer, and the diagnostics agree', async () => {
    // Off-the-record contexts never get persistence: this test needs a real profile on disk.
    const profile = mkdtempSync(join(tmpdir(), 'spt-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, viewport: { width: 1280, height: 800 } });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${baseUrl()}/`);
    await page.locator(APP_SCREEN).first().waitFor();
    await signIn(page);
    expect(await page.evaluate(() => navigator.storage.persisted())).toBe(false);
    // Chromium grants persistence to installed or bookmarked sites; the test grants it as such a profile would.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.grantPermissions', { origin: baseUrl(), permissions: ['durableStorage'] });
    await startInterview(page, 'en');
    const notice = page.getByTestId('persistence-notice');
    await expect.poll(() => notice.getAttribute('data-persistence')).toBe('granted');
    expect(await notice.textContent()).toContain('non li cancellerà');
    expect(await page.evaluate(() => navigator.storage.persisted())).toBe(true);
    await giveConsentAndAlias(page, 'Mina');
    await backToList(page);

    await page.getByRole('link', { name: 'Dispositivo, memoria e backup' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dispositivo e memoria' }).waitFor();
    await expect.poll(() => page.getByTestId('diag-persistence').textContent()).toBe('Concessa');
    await expect.poll(() => page.getByTestId('diag-usage').textContent()).toMatch(/\d.* di .*\d.*%/);
    const version = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await page.getByTestId('diag-app-version').textContent()).toContain(version.version);
    expect(await page.getByTestId('diag-db-version').textContent()).toBe(String(LATEST_SCHEMA_VERSION));
    await expect.poll(() => page.getByTestId('diag-offline').textContent()).toContain('Sì');
    await expect.poll(() => page.locator('[data-testid="diag-counts"] dd[data-status="draft"]').textContent()).toBe('1');
    expect(await page.locator('[data-testid="diag-counts"] dd[data-status="total"]').textContent()).toBe('1');
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('keeps the typed answer when the disk is full, shows why, and saves it once it can', async () => {
    const context = await newContext(browser);
    // The next `__sptFailPuts` IndexedDB writes fail exactly as a full disk makes them fail.
    await context.addInitScript(() => {
      const realPut = IDBObjectStore.prototype.put;
      const w = window as unknown as { __sptFailPuts: number };
      w.__sptFailPuts = 0;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (w.__sptFailPuts > 0) {
          w.__sptFailPuts -= 1;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return realPut.apply(this, args);
      };
    });
    const page = await openSignedIn(context);
    await startInterview(page, 'en');
    await giveConsentAndAlias(page, 'Mina');

    await page.evaluate(() => ((window as unknown as { __sptFailPuts: number }).__sptFailPuts = 1));
    const alias = page.locator('[data-question="personal.alias"] input');
    await alias.fill('Mina Kidane');
    const status = page.locator('.save-status');
    await page.locator('[data-save-state="error"]').waitFor();
    expect(await status.textContent()).toContain('La memoria di questo dispositivo è piena');
    expect(await alias.inputValue()).toBe('Mina Kidane');
    // The session retries by itself; the write goes through once the store accepts it.
    await saved(page);

    await page.reload();
    await unlock(page);
    await page.locator('#section-title').waitFor();
    await expect.poll(() => page.locator('[data-question="personal.alias"] input').inputValue()).toBe('Mina Kidane');
    await context.close();
  });

  it('exports every interview to one sealed file and restores all of them on a fresh device', async () => {
    const BACKUP_PASSPHRASE = 'frase del backup 2026';
    const a = await newContext(browser);
    const page = await openSignedIn(a);
    await startInterview(page, 'en');
    await giveConsentAndAlias(page, 'Mina Finished');
    await finishInterview(page);
    await backToList(page);
    await startInterview(page, 'en');
    await giveConsentAndAlias(page, 'Yonas Draft');
    await page.locator('[data-question="personal.firstName"] input').fill('Yonas');
    await saved(page);
    await backToList(page);

    await page.getByRole('link', { name: 'Dispositivo, memoria e backup' }).click();
    await page.getByLabel('Frase segreta del backup').fill('corto');
    await page.getByRole('button', { name: 'Salva tutti i colloqui in un file' }).click();
    await expect.poll(() => page.getByTestId('backup-message').textContent()).toMatch(/10/);
    await page.getByLabel('Frase segreta del backup').fill(BACKUP_PASSPHRASE);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Salva tutti i colloqui in un file' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'spt-backup-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^skills-profile-backup-.*\.json$/);
    // The file is sealed: no name, no answer in it can be read without the passphrase.
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'skills-profile-backup-sealed' });
    expect(text).not.toContain('Mina Finished');
    expect(text).not.toContain('Yonas');
    await page.getByTestId('backup-message').waitFor();
    await a.close();

    const b = await newContext(browser);
    const fresh = await openSignedIn(b);
    await fresh.getByRole('link', { name: 'Dispositivo, memoria e backup' }).click();
    await fresh.getByLabel('Frase segreta del backup').fill('una frase sbagliata');
    await fresh.getByLabel('Ripristina da un file di backup').setInputFiles(file);
    await expect.poll(() => fresh.getByTestId('backup-message').getAttribute('role')).toBe('alert');
    await fresh.getByLabel('Frase segreta del backup').fill(BACKUP_PASSPHRASE);
    await fresh.getByLabel('Ripristina da un file di backup').setInputFiles(file);
    await expect.poll(() => fresh.getByTestId('backup-message').textContent()).toContain('2 aggiunti, 0 aggiornati, 0 già aggiornati');
    // Restoring the same file again changes nothing: equal revisions are kept.
    await fresh.getByLabel('Ripristina da un file di backup').setInputFiles(file);
    await expect.poll(() => fresh.getByTestId('backup-message').textContent()).toContain('0 aggiunti, 0 aggiornati, 2 già aggiornati');
    await fresh.getByRole('link', { name: 'Tutti i colloqui' }).click();
    await expect.poll(() => fresh.locator('.interview-row').count()).toBe(2);
    const rows = (await fresh.locator('.interview-row').allTextContents()).join('|');
    expect(rows).toContain('Mina Finished');
    expect(rows).toContain('Yonas');
    expect((await rowStatuses(fresh)).sort()).toEqual([expect.stringContaining('status-draft'), expect.stringContaining('status-finished')]);
    await fresh.locator('.interview-row', { hasText: 'Yonas' }).getByRole('link').first().click();
    await fresh.locator('#section-title').waitFor();
    await fresh.locator('nav a[href$="/personal"]').click();
    await expect.poll(() => fresh.locator('[data-question="personal.firstName"] input').inputValue()).toBe('Yonas');
    expect(await fresh.locator('[data-question="personal.alias"] input').inputValue()).toBe('Yonas Draft');
    await b.close();
  });

  it('the kill-switch worker (docs/pwa.md) removes the service worker and its caches and keeps the interviews', async () => {
    const served = mkdtempSync(join(tmpdir(), 'spt-served-'));
    cpSync(inject('buildDir'), served, { recursive: true });
    const app = await serveBuild(served);
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${app.url}/`);
      await page.locator(APP_SCREEN).first().waitFor();
      await signIn(page);
      await controlledByServiceWorker(page);
      await startInterview(page, 'en');
      await giveConsentAndAlias(page, 'Mina');

      cpSync('src/pwa/killSwitch/sw.js', join(served, 'sw.js'));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      // The page itself may open the taxonomy cache again at once (src/taxonomy/loader.ts); the worker's caches must be gone.
      const state = () =>
        page.evaluate(async () => {
          const workers = (await navigator.serviceWorker.getRegistrations()).length;
          const appCaches = (await caches.keys()).filter((name) => name !== 'taxonomy-v1');
          return `${workers} workers, caches: ${appCaches.join(',') || 'none'}`;
        });
      await expect.poll(state, { timeout: 45_000 }).toBe('0 workers, caches: none');

      await page.reload();
      await unlock(page);
      await page.locator('nav a[href$="/personal"]').click();
      await expect.poll(() => page.locator('[data-question="personal.alias"] input').inputValue()).toBe('Mina');
    } finally {
      await context.close();
      await app.close();
      rmSync(served, { recursive: true, force: true });
    }
  }, 120_000);
});

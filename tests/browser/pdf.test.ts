import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, hasBrowser, launch, newContext } from '../support/browser';
import { saved } from '../support/interview';
import { openSignedIn } from '../support/signIn';

describe.skipIf(!hasBrowser)('profile PDF in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('downloads a valid PDF of an example profile, also with the network gone', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
    try {
      await page.getByRole('button', { name: "Carica l'esempio: arabo" }).click();
      const row = page.locator('.interview-row').first();
      await row.waitFor();

      const exportPdf = async (name: string, where = row) => {
        const panelButton = where.locator('.pdf-export > button');
        if ((await panelButton.getAttribute('aria-expanded')) !== 'true') await panelButton.click();
        const download = where.locator('.pdf-export-panel button:not(.secondary)');
        await expect.poll(() => download.isEnabled()).toBe(true);
        const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), download.click()]);
        const path = artifactPath(name);
        await file.saveAs(path);
        return readFileSync(path);
      };

      // First export online: the PDF code and fonts are fetched once, then kept (memory and service worker).
      const online = await exportPdf('browser-cpi-online.pdf');
      expect(online.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // Busy while the PDF was made, the button kept focus (a disabled one loses it to the page).
      expect(await page.evaluate(() => document.activeElement?.closest('.pdf-export-panel') !== null && document.activeElement?.tagName)).toBe('BUTTON');

      await context.setOffline(true);
      await row.locator('.pdf-export-panel input[value="person"]').check();
      const offline = await exportPdf('browser-person-offline.pdf');
      expect(offline.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(offline.subarray(-8).toString('latin1')).toContain('%%EOF');
      // The person's copy made offline is in Arabic, with its labels and fonts.
      const text = execFileSync('pdftotext', [artifactPath('browser-person-offline.pdf'), '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e]/g, '');
      expect(text).toContain('البيانات الشخصية');
      expect(text).toContain('أحمد');

      // A name typed just before the export is in the PDF: what was prepared for the earlier data is never served.
      const id = await row.getAttribute('data-interview');
      // The example is finished, hence read-only until reopened.
      await page.evaluate((i) => (window.location.hash = `#/interview/${i}/finish`), id);
      await page.getByRole('button', { name: 'Riapri per modificare' }).click();
      await page.evaluate((i) => (window.location.hash = `#/interview/${i}/personal`), id);
      const firstName = page.locator('[data-question="personal.firstName"] input').first();
      await firstName.fill('Zainab Freshname');
      await saved(page);
      await page.evaluate((i) => (window.location.hash = `#/interview/${i}/finish`), id);
      const finish = page.locator('#root main');
      await finish.locator('.pdf-export > button').waitFor();
      await finish.locator('.pdf-export > button').click();
      await finish.locator('.pdf-export-panel input[value="person"]').check();
      await exportPdf('browser-person-renamed.pdf', finish);
      const renamed = execFileSync('pdftotext', [artifactPath('browser-person-renamed.pdf'), '-'], { encoding: 'utf8' });
      expect(renamed).toContain('Zainab Freshname');
    } catch (e) {
      await page.screenshot({ path: artifactPath('pdf-export-failure.png'), fullPage: true });
      throw e;
    } finally {
      await context.close();
    }
  }, 240_000);
});

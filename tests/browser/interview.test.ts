import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, hasBrowser, launch, newContext } from '../support/browser';
import { saved, startInterview, giveConsent } from '../support/interview';
import { openSignedIn, unlock } from '../support/signIn';

describe.skipIf(!hasBrowser)('interview in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps answers from several sections across a reload', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    await startInterview(page, 'en');
    await giveConsent(page);
    await page.locator('nav a[href$="/personal"]').click();
    await page.locator('[data-question="personal.firstName"] input').fill('Amina');
    // Enter in a field (each question is a form of its own) submits nothing and reloads nothing.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const hash = await page.evaluate(() => location.hash);
    await page.locator('[data-question="personal.firstName"] input').press('Enter');
    await page.locator('[data-question="personal.birthDate"] input').fill('1994');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    await saved(page);
    await page.locator('nav a[href$="/literacy"]').click();
    await page.locator('[data-question="literacy.readsOwn"] input[value="withDifficulty"]').check();
    await page.locator('[data-question="literacy.schoolYears"] input').fill('6');
    await saved(page);

    await page.reload();
    await unlock(page); // keys live in memory only: a reload locks
    await page.locator('#section-title').waitFor();
    await expect.poll(() => page.locator('[data-question="literacy.schoolYears"] input').inputValue()).toBe('6');
    expect(await page.locator('[data-question="literacy.readsOwn"] input[value="withDifficulty"]').isChecked()).toBe(true);
    await page.locator('nav a[href$="/personal"]').click();
    expect(await page.locator('[data-question="personal.firstName"] input').inputValue()).toBe('Amina');
    expect(await page.locator('[data-question="personal.birthDate"] input').inputValue()).toBe('1994');
    await page.locator('a.back').click();
    await expect.poll(() => page.locator('.interview-row').first().textContent()).toContain('Amina');
    await context.close();
  });

  it('switches the interviewee language from Italian to Arabic mid-section without losing anything', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    await startInterview(page, 'it');
    await giveConsent(page);
    await page.locator('nav a[href$="/otherSkills"]').click();
    const hobbies = page.locator('[data-question="otherSkills.hobbies"] textarea').first();
    await hobbies.fill('calcio e cucina');
    await saved(page);
    expect(await page.locator('[data-testid="interviewee-pane"]').count()).toBe(0);

    await page.getByLabel('Lingua della persona intervistata').selectOption('ar');
    const pane = page.locator('[data-question="otherSkills.hobbies"] [data-testid="interviewee-pane"]');
    await expect.poll(() => pane.getAttribute('dir')).toBe('rtl');
    expect(await pane.getAttribute('lang')).toBe('ar');
    await expect.poll(() => pane.textContent()).toMatch(/[\u0600-\u06FF]/);
    expect(await hobbies.inputValue()).toBe('calcio e cucina');
    expect(page.url()).toContain('/otherSkills');
    await page.reload();
    await unlock(page); // keys live in memory only: a reload locks
    await page.locator('#section-title').waitFor();
    expect(await page.locator('[data-question="otherSkills.hobbies"] textarea').first().inputValue()).toBe('calcio e cucina');
    await page.screenshot({ path: artifactPath('interview-it-ar.png'), fullPage: false });
    await context.close();
  });

  it('rejects a bad JSON import with a clear error and changes nothing', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    const file = artifactPath('bad-import.json');
    writeFileSync(file, JSON.stringify({ format: 'eu-spt-interview', formatVersion: 1, interview: { id: 'nope' }, answers: [] }));
    await page.getByLabel('Importa un file di colloquio (JSON)').setInputFiles(file);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Non è stato importato nulla');
    expect(await alert.textContent()).toContain('interview.id');
    expect(await page.locator('.interview-row').count()).toBe(0);

    writeFileSync(file, JSON.stringify({ format: 'eu-spt-interview', formatVersion: 2, interview: { id: 'from-a-newer-app' }, answers: [] }));
    await page.getByLabel('Importa un file di colloquio (JSON)').setInputFiles(file);
    await expect.poll(() => alert.textContent()).toContain("versione più recente dell'app (formato 2)");
    expect(await alert.textContent()).toContain('Aggiorna l');
    expect(await page.locator('.interview-row').count()).toBe(0);

    writeFileSync(file, '{ not json');
    await page.getByLabel('Importa un file di colloquio (JSON)').setInputFiles(file);
    await expect.poll(() => alert.textContent()).toContain('bad-import.json');
    expect(await page.locator('.interview-row').count()).toBe(0);
    await context.close();
  });

  it('finishes an interview after the check, and reopens it for edits', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    await startInterview(page, 'en');
    await page.locator('nav a.nav-finish').click();
    await page.locator('.missing a').first().waitFor();
    expect(await page.locator('.missing a').count()).toBe(2);
    await page.locator('.missing a').first().click();
    await giveConsent(page);
    await page.locator('nav a[href$="/personal"]').click();
    await page.locator('[data-question="personal.alias"] input').fill('Mina');
    await saved(page);
    await page.locator('nav a.nav-finish').click();
    await page.locator('.finish button').first().click();
    await page.locator('.finish .notice').waitFor();
    await page.locator('a.back').click();
    await expect.poll(() => page.locator('.interview-row .status').first().getAttribute('class')).toContain('status-finished');

    await page.locator('.interview-row a.row-name').first().click();
    await page.locator('nav a.nav-finish').click();
    await page.locator('.finish button').first().click();
    await page.locator('nav a[href$="/personal"]').click();
    const alias = page.locator('[data-question="personal.alias"] input');
    expect(await alias.isEnabled()).toBe(true);
    await alias.fill('Mina K.');
    await saved(page);
    await page.locator('a.back').click();
    await expect.poll(() => page.locator('.interview-row').first().textContent()).toContain('Mina K.');
    expect(await page.locator('.interview-row .status').first().getAttribute('class')).toContain('status-draft');
    await context.close();
  });
});

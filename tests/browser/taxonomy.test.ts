/**
 * Browser test of the occupation picker inside the interview, in real Chromium.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runEscoImport } from '../../scripts/esco-import';
import { hasBrowser, launch, newContext } from '../support/browser';
import { controlledByServiceWorker } from '../support/pwa';
import { giveConsent, saved, startInterview as startWithoutConsent } from '../support/interview';
import { openSignedIn, unlock } from '../support/signIn';

const ESCO_DIR = resolve(import.meta.dirname, '../../../shared/esco/v1.1.1');

async function startInterview(page: Page, language: string) {
  await startWithoutConsent(page, language);
  await giveConsent(page);
}

/** The exported interview file, as an operator would send it on. */
async function exportedAnswer(page: Page, path: string) {
  await page.locator('a.back').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.interview-row button.secondary').first().click()]);
  const doc = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { answers: { path: string; value: unknown }[] };
  return doc.answers.find((a) => a.path === path)?.value;
}

describe.skipIf(!hasBrowser)('occupation picker in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds an ISCO-08 group in Italian with no ESCO import, shows it in both languages, and stores URI, code and both labels', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    await startInterview(page, 'en');
    await page.locator('nav a[href$="/expectations"]').click();
    const box = page.locator('[data-question="expectations.desiredOccupation"] input[role="combobox"]');
    await box.fill('saldatore');
    const option = page.locator('[role="option"]', { hasText: 'Saldatori e tagliatori a fiamma' }).first();
    await option.waitFor();
    expect(await option.locator('[lang="en"]').textContent()).toBe('Welders and flame cutters');
    expect(await option.textContent()).toContain('Gruppo professionale ISCO-08 7212');
    await box.press('ArrowDown');
    await box.press('Enter');
    await saved(page);

    await page.reload();
    await unlock(page);
    await page.locator('#section-title').waitFor();
    await expect.poll(() => box.inputValue()).toBe('Saldatori e tagliatori a fiamma');
    expect(await exportedAnswer(page, 'expectations.desiredOccupation')).toEqual({
      type: 'occupation',
      value: {
        text: 'Saldatori e tagliatori a fiamma',
        escoUri: 'http://data.europa.eu/esco/isco/C7212',
        iscoCode: '7212',
        labels: { it: 'Saldatori e tagliatori a fiamma', en: 'Welders and flame cutters' },
      },
    });
    await context.close();
  });

  describe('with the English ESCO files imported into the deployment', () => {
    const out = join(inject('buildDir'), 'taxonomy');
    beforeAll(() => {
      runEscoImport({ folder: join(ESCO_DIR, 'en'), out });
    });
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it('stores the ESCO occupation URI, its ISCO-08 unit group and the label snapshot', async () => {
      const context = await newContext(browser);
      const page = await openSignedIn(context);
      await startInterview(page, 'en');
      await page.locator('nav a[href$="/expectations"]').click();
      const box = page.locator('[data-question="expectations.desiredOccupation"] input[role="combobox"]');
      await box.fill('weldr');
      await page.locator('[role="option"]', { hasText: /^welder/ }).first().click();
      await saved(page);
      const value = (await exportedAnswer(page, 'expectations.desiredOccupation')) as { value: Record<string, unknown> };
      expect(value.value).toMatchObject({ text: 'welder', iscoCode: '7212', labels: { en: 'welder' } });
      expect(value.value.escoUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
      await context.close();
    });

    it('keeps finding ESCO occupations offline once they have been loaded', async () => {
      const context = await newContext(browser);
      const page = await openSignedIn(context);
      await controlledByServiceWorker(page);
      await startInterview(page, 'en');
      await page.locator('nav a[href$="/expectations"]').click();
      const box = page.locator('[data-question="expectations.desiredOccupation"] input[role="combobox"]');
      await box.fill('welder');
      await page.locator('[role="option"]', { hasText: /^welder/ }).first().waitFor();

      await context.setOffline(true);
      await page.reload();
      await unlock(page);
      await page.locator('#section-title').waitFor();
      // An ESCO occupation, not an ISCO-08 group: the imported dataset came from the offline cache.
      await box.fill('pipe weldr');
      await page.locator('[role="option"]', { hasText: /^pipe welder/ }).first().waitFor();
      expect(await page.locator('.picker-attribution').first().textContent()).toMatch(/ESCO/);
      await context.close();
    });
  });
});

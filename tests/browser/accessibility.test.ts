import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { hasBrowser, launch, newContext } from '../support/browser';
import { giveConsent, startInterview } from '../support/interview';
import { openSignedIn } from '../support/signIn';

describe.skipIf(!hasBrowser)('accessibility of the main screens', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has no serious violations on the list, interview (Arabic, RTL pane) and finish screens, on a tablet', async () => {
    const context = await newContext(browser, { viewport: { width: 800, height: 1280 } });
    const page = await openSignedIn(context);
    // The import panel loads after the list's first page (src/ui/list/ListTools.tsx): check it too.
    await page.getByRole('heading', { name: 'Importa' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Lingua della persona intervistata').selectOption('ar');
    await page.getByRole('button', { name: 'Avvia il colloquio' }).click();
    await page.locator('#section-title').waitFor();
    await page.locator('[data-question="consent.given"] input[value="yes"]').check();
    await page.locator('[data-save-state="saved"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    for (const section of ['personal', 'languages', 'work']) {
      await page.locator(`nav a[href$="/${section}"]`).click();
      await page.locator('#section-title').waitFor();
      if (section === 'work') {
        await page.locator('[data-group="work.experience"] > button').last().click();
        // With the question asked before removing a job that holds an answer.
        await page.locator('[data-group="work.experience"] fieldset textarea').first().fill('cucina');
        await page.getByRole('button', { name: 'Rimuovi Lavoro 1' }).click();
        await page.getByRole('alertdialog').waitFor();
      }
      expect(await seriousViolations(page), section).toEqual([]);
    }
    await page.locator('nav a.nav-finish').click();
    await page.locator('#finish-title').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  // A tablet held upright (two columns: sections and questions), and a phone-sized width, which is
  // also a tablet at 400 % zoom (WCAG 1.4.10: one column, no scrolling sideways).
  it.each([800, 320])('fits %i px wide: no screen or section scrolls sideways (country lists, finish, settings, diagnostics)', async (width) => {
    const context = await newContext(browser, { viewport: { width, height: 1000 } });
    const page = await openSignedIn(context);
    // The page's width against the viewport's; the section strip of a narrow screen scrolls on its own.
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.getByRole('heading', { name: 'Importa' }).waitFor();
    expect(await sideways(), 'list').toBeLessThanOrEqual(0);

    await startInterview(page, 'ckb');
    expect(await sideways(), 'consent').toBeLessThanOrEqual(0);
    await giveConsent(page);
    // Sections with repeated items (a country list in each), the CEFR grid and the digital levels.
    for (const section of ['personal', 'languages', 'education', 'work', 'digital']) {
      await page.locator(`nav a[href$="/${section}"]`).click();
      await page.locator('#section-title').waitFor();
      for (const add of await page.locator('section.group > button:not(.secondary)').all()) await add.click();
      expect(await sideways(), section).toBeLessThanOrEqual(0);
    }
    await page.locator('nav a.nav-finish').click();
    await page.locator('#finish-title').waitFor();
    expect(await sideways(), 'finish').toBeLessThanOrEqual(0);
    await page.evaluate(() => void (location.hash = '#/settings'));
    await page.locator('main h1').waitFor();
    expect(await sideways(), 'settings').toBeLessThanOrEqual(0);
    await page.evaluate(() => void (location.hash = '#/diagnostics'));
    await page.locator('[data-testid="diag-counts"]').waitFor();
    expect(await sideways(), 'diagnostics').toBeLessThanOrEqual(0);
    await context.close();
  });

  it('gives every control a touch target of at least 44 px on the main screens, on a tablet', async () => {
    const context = await newContext(browser, { viewport: { width: 800, height: 1280 } });
    const page = await openSignedIn(context);
    // A check box or radio button is hit through its label; a link inside a sentence is exempt (WCAG 2.5.5).
    const smallTargets = (screen: string) =>
      page.$$eval(
        'a[href], button, select, input, textarea, summary',
        (els, screen) =>
          els.flatMap((el) => {
            if (!el.checkVisibility()) return [];
            let box = el.getBoundingClientRect();
            if (box.right <= 0 || box.bottom <= 0) return []; // the skip link until focused: checked below
            if (el instanceof HTMLInputElement && ['checkbox', 'radio', 'file'].includes(el.type)) {
              const label = el.closest('label');
              if (label) box = label.getBoundingClientRect();
            }
            const inSentence = el.tagName === 'A' && [...(el.parentElement?.childNodes ?? [])].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
            if (inSentence || (box.height >= 44 && box.width >= 44)) return [];
            return [`${screen}: ${Math.round(box.width)}×${Math.round(box.height)} ${el.outerHTML.slice(0, 90)}`];
          }),
        screen,
      );
    await page.locator('.skip-link').focus();
    const small = await smallTargets('skip link focused');
    await startInterview(page, 'ar');
    await giveConsent(page);
    small.push(...(await smallTargets('consent')));
    await page.locator('nav a.nav-finish').click();
    await page.locator('#finish-title').waitFor();
    small.push(...(await smallTargets('finish')));
    await page.locator('a.back').click();
    // The list with a row, and its tools (CSV columns, import), which load after the first page.
    await page.locator('.interview-row').first().waitFor();
    await page.getByRole('heading', { name: 'Importa' }).waitFor();
    // The search above the rows comes with the tools.
    await page.getByRole('searchbox', { name: 'Cerca per nome o alias' }).waitFor();
    small.push(...(await smallTargets('list')));
    expect(await seriousViolations(page), 'list with a row and its search').toEqual([]);
    for (const [hash, ready] of [['#/settings', 'main h1'], ['#/diagnostics', '[data-testid="diag-counts"]']] as const) {
      await page.evaluate((h) => void (location.hash = h), hash);
      await page.locator(ready).waitFor();
      small.push(...(await smallTargets(hash)));
    }
    expect(small).toEqual([]);
    await context.close();
  });
});

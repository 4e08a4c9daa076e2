import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, hasBrowser, launch, newContext } from '../support/browser';
import { saved, startInterview, giveConsent } from '../support/interview';
import { openSignedIn, unlock } from '../support/signIn';

const ETHIOPIC = /[\u1200-\u137F]/;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const CYRILLIC = /[\u0400-\u04FF]/;

const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`).first();
const pane = (page: Page, id: string) => question(page, id).locator('[data-testid="interviewee-pane"]');

/** Switches the interviewee language from the interview screen, as the operator does: focus on the select, pick. */
async function switchInterviewee(page: Page, language: string) {
  const select = page.locator('#interviewee-language');
  await select.focus();
  await select.selectOption(language);
  await expect.poll(() => pane(page, 'personal.firstName').getAttribute('lang')).toBe(language);
}

/** The paths of the bundled Noto font files the page requests from now on. */
function fontRequests(page: Page): string[] {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (/noto-sans-/.test(r.url())) fonts.push(new URL(r.url()).pathname);
  });
  return fonts;
}

/** Fakes the device's text-to-speech voices (headless Chromium has none) and records what is spoken. */
function fakeVoices(langs: string[]) {
  return `(() => {
    const voices = ${JSON.stringify(langs)}.map((lang) => ({ lang, name: 'Test ' + lang, localService: true, default: false, voiceURI: 'test-' + lang }));
    window.__spoken = [];
    const synth = window.speechSynthesis;
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.onend = null; this.onerror = null; } };
    synth.getVoices = () => voices;
    synth.speak = (u) => { window.__spoken.push({ text: u.text, lang: u.lang }); setTimeout(() => u.onend && u.onend(new Event('end')), 50); };
    synth.cancel = () => {};
  })();`;
}

describe.skipIf(!hasBrowser)('interview in the migrant’s language (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps every answer, the section, scroll position and focus when switching Tigrinya → Pashto → Ukrainian mid-section', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 700 } });
    const page = await openSignedIn(context);
    await startInterview(page, 'ti');
    await giveConsent(page);
    await page.locator('nav a[href$="/personal"]').click();
    await page.locator('#section-title').waitFor();
    expect(await pane(page, 'personal.firstName').getAttribute('dir')).toBe('ltr');
    await expect.poll(() => pane(page, 'personal.firstName').textContent()).toMatch(ETHIOPIC);

    await question(page, 'personal.firstName').locator('input').first().fill('ሰምሃር');
    await question(page, 'personal.sex').locator('input[value="female"]').check();
    await question(page, 'personal.hasPermit').locator('input[value="applied"]').check();
    const centre = question(page, 'personal.receptionCentre').locator('input').first();
    await centre.fill('ማእከል ምቕባል ሚላኖ');
    const translation = question(page, 'personal.receptionCentre').locator('.translation textarea');
    await translation.fill('Centro di accoglienza di Milano');
    await saved(page);

    // Mid-section: scrolled down to the permit question; the language bar stays in reach (sticky header).
    await question(page, 'personal.hasPermit').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    await page.locator('#interviewee-language').focus();
    const scrollY = await page.evaluate(() => window.scrollY);
    expect(scrollY).toBeGreaterThan(300);

    await switchInterviewee(page, 'ps');
    expect(await pane(page, 'personal.firstName').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => pane(page, 'personal.firstName').textContent()).toMatch(ARABIC_SCRIPT);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('interviewee-language');
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThan(5);

    await switchInterviewee(page, 'uk');
    expect(await pane(page, 'personal.firstName').getAttribute('dir')).toBe('ltr');
    await expect.poll(() => pane(page, 'personal.firstName').textContent()).toMatch(CYRILLIC);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('interviewee-language');
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThan(5);
    expect(page.url()).toContain('/personal');
    // The section heading's second line follows the language too.
    expect(await page.locator('.section .pane-interviewee').first().getAttribute('lang')).toBe('uk');

    const alias = question(page, 'personal.alias').locator('input').first();
    await alias.fill('Сем');
    await saved(page);

    const check = async () => {
      expect(await question(page, 'personal.firstName').locator('input').first().inputValue()).toBe('ሰምሃር');
      expect(await question(page, 'personal.sex').locator('input[value="female"]').isChecked()).toBe(true);
      expect(await question(page, 'personal.hasPermit').locator('input[value="applied"]').isChecked()).toBe(true);
      // Each free-text answer keeps the language it was given in, and its Italian translation.
      expect(await centre.inputValue()).toBe('ማእከል ምቕባል ሚላኖ');
      expect(await centre.getAttribute('lang')).toBe('ti');
      expect(await translation.inputValue()).toBe('Centro di accoglienza di Milano');
      expect(await translation.getAttribute('lang')).toBe('it');
      expect(await alias.inputValue()).toBe('Сем');
      expect(await alias.getAttribute('lang')).toBe('uk');
    };
    await check();
    await page.reload();
    await unlock(page); // keys live in memory only: a reload locks
    await page.locator('#section-title').waitFor();
    await expect.poll(() => centre.inputValue()).toBe('ማእከል ምቕባል ሚላኖ');
    await check();
    expect(await pane(page, 'personal.firstName').getAttribute('lang')).toBe('uk');
    await context.close();
  });

  it('shows mediator prompts in the operator’s language, in the interviewee’s on request, and hides them all', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    await startInterview(page, 'ti');
    const consent = question(page, 'consent.given');
    const prompt = consent.locator('aside.prompt');
    expect(await prompt.getAttribute('lang')).toBe('it');
    expect(await prompt.textContent()).toContain('Spiega');

    const readOut = prompt.getByRole('button', { name: /ትግርኛ/ });
    expect(await readOut.getAttribute('aria-expanded')).toBe('false');
    await readOut.click();
    const intervieweeText = prompt.locator('.prompt-interviewee');
    await intervieweeText.waitFor();
    expect(await intervieweeText.getAttribute('lang')).toBe('ti');
    expect(await intervieweeText.textContent()).toMatch(ETHIOPIC);
    await readOut.click();
    await intervieweeText.waitFor({ state: 'hidden' });

    const count = await page.locator('aside.prompt').count();
    expect(count).toBeGreaterThan(3);
    await page.getByRole('button', { name: 'Nascondi le indicazioni per il mediatore' }).click();
    expect(await page.locator('aside.prompt').count()).toBe(0);
    await page.getByRole('button', { name: 'Mostra le indicazioni per il mediatore' }).click();
    expect(await page.locator('aside.prompt').count()).toBe(count);
    await context.close();
  });

  it('reads the question aloud in Tigrinya when the device has a voice, and says so plainly when it has none', async () => {
    const context = await newContext(browser);
    await context.addInitScript(fakeVoices(['ti-ER', 'it-IT']));
    const page = await openSignedIn(context);
    await startInterview(page, 'ti');
    await question(page, 'consent.given').locator('.read-aloud button').click();
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]!.lang).toBe('ti-ER');
    expect(spoken[0]!.text).toMatch(ETHIOPIC);
    expect(spoken[0]!.text).toContain('እወ');
    await context.close();

    const noVoice = await newContext(browser);
    await noVoice.addInitScript(fakeVoices(['it-IT', 'en-GB']));
    const page2 = await openSignedIn(noVoice);
    await startInterview(page2, 'ti');
    await question(page2, 'consent.given').locator('.read-aloud button').click();
    const status = question(page2, 'consent.given').locator('.read-aloud-status');
    await expect.poll(() => status.textContent()).toContain('Questo dispositivo non ha una voce per questa lingua');
    expect(await status.locator('[lang="ti"]').textContent()).toMatch(ETHIOPIC);
    expect(await page2.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken)).toHaveLength(0);
    // Another language, which has a voice: the message goes, and the question is read in it.
    await page2.locator('#interviewee-language').selectOption('en');
    await expect.poll(() => status.textContent()).toBe('');
    await question(page2, 'consent.given').locator('.read-aloud button').click();
    const spokenEn = await page2.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
    expect(spokenEn.map((s) => s.lang)).toEqual(['en-GB']);
    await noVoice.close();
  });

  it('loads the bundled Ethiopic font from /assets/ only when Tigrinya is shown', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    const fonts = fontRequests(page);
    await startInterview(page, 'it');
    await page.waitForTimeout(300);
    expect(fonts).toEqual([]);
    await page.locator('#interviewee-language').selectOption('ti');
    await expect.poll(() => fonts.some((f) => /^\/assets\/noto-sans-ethiopic-ethiopic-400-normal[-\w]*\.woff2$/.test(f))).toBe(true);
    expect(fonts.some((f) => /arabic|bengali|gurmukhi/.test(f))).toBe(false);
    await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Noto Sans Ethiopic"', 'ሰ'))).toBe(true);
    await context.close();
  });

  it('draws a name in Ge’ez script on the list with the bundled font, which a list of Latin and Cyrillic names never fetches', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    const fonts = fontRequests(page);
    await page.getByRole('button', { name: "Carica l'esempio: ucraino" }).click();
    await page.locator('.interview-row').first().waitFor();
    await page.waitForTimeout(300);
    expect(fonts).toEqual([]);
    await page.getByRole('button', { name: "Carica l'esempio: tigrino" }).click();
    const row = page.locator('.interview-row .row-name', { hasText: ETHIOPIC });
    await row.waitFor();
    // The row's own font stack lists the bundled face; only it can draw Ge'ez on this machine.
    expect(await row.evaluate((a) => getComputedStyle(a).fontFamily)).toContain('Noto Sans Ethiopic');
    await expect.poll(() => fonts.some((f) => /noto-sans-ethiopic-ethiopic-700-normal/.test(f))).toBe(true);
    expect(fonts.some((f) => /arabic|bengali|gurmukhi/.test(f))).toBe(false);
    await context.close();
  });

  it('gives the language selects room for the longest language name, each in its own font', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    await startInterview(page, 'ar');
    // Focusing the list loads every script's font, as an operator about to choose would.
    await page.locator('#interviewee-language').focus();
    await page.evaluate(() => document.fonts.ready);
    await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', 'ک') && document.fonts.check('16px "Noto Sans Ethiopic"', 'ት'))).toBe(true);
    for (const id of ['operator-language', 'interviewee-language']) {
      const { fixed, needed } = await page.evaluate((selectId) => {
        const select = document.getElementById(selectId)!;
        const fixed = select.getBoundingClientRect().width;
        // What the select would take if sized by its options (the longest is Central Kurdish).
        select.style.inlineSize = 'max-content';
        const needed = select.getBoundingClientRect().width;
        select.style.inlineSize = '';
        return { fixed, needed };
      }, id);
      expect(needed).toBeGreaterThan(50);
      expect(fixed, id).toBeGreaterThanOrEqual(needed);
    }
    await context.close();
  });

  it('lays the Arabic interview out right to left (screenshot artefact)', async () => {
    const context = await newContext(browser);
    const page = await openSignedIn(context);
    await startInterview(page, 'ar');
    await giveConsent(page);
    await page.locator('nav a[href$="/expectations"]').click();
    await page.locator('#section-title').waitFor();
    const goals = question(page, 'expectations.goals');
    await goals.locator('input[value="job"]').check();
    await goals.locator('aside.prompt button').click();
    const arabicPane = pane(page, 'expectations.goals');
    await expect.poll(() => arabicPane.textContent()).toMatch(ARABIC_SCRIPT);
    expect(await arabicPane.getAttribute('dir')).toBe('rtl');
    // Right-to-left: the Arabic label starts at the pane's right edge and leaves room on its left.
    const gaps = await arabicPane.locator('.question-label').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = range.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { right: box.right - text.right, left: text.left - box.left, direction: getComputedStyle(el).direction };
    });
    expect(gaps.direction).toBe('rtl');
    expect(gaps.right).toBeLessThan(4);
    expect(gaps.left).toBeGreaterThan(20);
    await page.screenshot({ path: artifactPath('arabic-interview.png'), fullPage: false });
    await context.close();
  });
});

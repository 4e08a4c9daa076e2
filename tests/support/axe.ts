import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 AA: a serious or critical axe violation on a main screen fails the build. */
export async function seriousViolations(page: Page) {
  await renderEveryCard(page);
  const result = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/**
 * Question cards out of view are not rendered (content-visibility: auto) and hold a placeholder
 * size until they are first drawn. axe scrolls each element into view to find the colours behind
 * it; cards taking their real size meanwhile move the page under it, and it reads the colour of
 * whatever slid behind the text. Scrolled through once, every card keeps its real size (`auto`).
 */
async function renderEveryCard(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const { scrollX, scrollY } = window;
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(scrollX, y);
      await frame();
    }
    window.scrollTo(scrollX, scrollY);
    await frame();
  });
}

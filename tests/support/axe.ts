import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.2 A and AA, plus axe's best practices: what "no violation" means in these tests. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the page as it is now and returns each violation as one readable line
 * (rule, impact, what it means, and the first elements it found), so a failing test says what to
 * fix without opening a report.
 */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 4)
      .map((node) => node.target.join(' '))
      .join(' | ');
    return `${where}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.length} node(s): ${targets}`;
  });
}

/**
 * Turns CSS transitions and animations off, so a scan right after a change of color scheme reads
 * the final colors, not ones halfway through a fade.
 */
export async function settleStyles(page: Page) {
  await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
}

/**
 * The sessions list keeps its page across a reload and Back: the continuation tokens that reach
 * page 4 live in the history entry's state (which the browser keeps), never in the address.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withOwnConsole } from '../support/own-console.ts';

/** The sessions the table shows, by the address of their details. */
async function sessionLinks(page: Page) {
  const links = page.getByRole('table', { name: 'Sessions' }).getByRole('link');
  await links.first().waitFor();
  return links.evaluateAll((anchors) =>
    anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

/** Most of the page is the same sessions (the simulator may end one meanwhile). */
function samePage(before: string[], after: string[]) {
  const kept = after.filter((link) => before.includes(link)).length;
  expect(kept).toBeGreaterThanOrEqual(before.length - 2);
}

describe('the sessions list keeps its page', () => {
  const own = withOwnConsole({ SIM_SESSIONS: '400' }, 'helpdesk');

  it('after a reload on page 4, and after Back from a session opened there', async () => {
    const { page } = own.browser;
    await page.goto(`${own.url}/sessions?pageSize=50`);
    const firstPage = await sessionLinks(page);
    for (const n of [2, 3, 4]) {
      const before = await page.locator('table a').first().getAttribute('href');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText(new RegExp(`^Page ${n} of \\d+`)).waitFor();
      // The page before stays on screen while the next one loads.
      await page.waitForFunction(
        (href) => document.querySelector('table a')?.getAttribute('href') !== href,
        before,
      );
    }
    const fourthPage = await sessionLinks(page);
    expect(fourthPage).not.toContain(firstPage[0]);
    expect(new URL(page.url()).search).toBe('?pageSize=50');

    await page.reload();
    await page.getByText(/^Page 4 of \d+/).waitFor();
    samePage(fourthPage, await sessionLinks(page));
    expect(new URL(page.url()).search).toBe('?pageSize=50');

    await page.getByRole('table', { name: 'Sessions' }).getByRole('link').first().click();
    await page.getByRole('dialog', { name: /^Session of / }).waitFor();
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/sessions');
    await page.getByText(/^Page 4 of \d+/).waitFor();
    samePage(fourthPage, await sessionLinks(page));
    expect(own.browser.pageErrors).toEqual([]);
  });
});

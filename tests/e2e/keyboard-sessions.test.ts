import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser.ts';
import { describeFocus, tabTo } from '../support/keyboard.ts';
import type { Locator, Page } from 'playwright-core';

const consoleUrl = inject('consoleUrl');

/** The help-desk lookup with the keyboard only: find a user, open the session, close it. */
describe('the sessions lookup, keyboard only', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser({ signIn: { consoleUrl, as: 'admin' } });
  });
  afterAll(() => browser.close());

  it('skips to the page, looks a user up, opens the details and closes them', async () => {
    const { page } = browser;
    await page.goto(`${consoleUrl}/sessions`);
    const table = page.getByRole('table', { name: 'Sessions' });
    const firstUser = table.getByRole('row').nth(1).getByRole('cell').nth(1);
    await firstUser.waitFor();
    const account = (await firstUser.innerText()).split('\n').pop()!.trim();

    // The first Tab reaches the skip link, which jumps past the header and navigation.
    await tabTo(page, page.getByRole('link', { name: 'Skip to main content' }), { maxPresses: 1 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    await tabTo(page, page.getByRole('textbox', { name: 'Search sessions' }));
    await page.keyboard.type(account);
    await page.waitForURL((url) => url.searchParams.get('q') === account);
    await page.getByText(/Page 1 of 1 · \d+ sessions?/).waitFor();

    const link = table.getByRole('row').nth(1).getByRole('link');
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: /^Session of / });
    await drawer.getByRole('region', { name: 'Machine' }).waitFor();
    expect(await drawer.innerText()).toContain(account);
    // Focus moved into the details, visibly, and Tab stays inside them.
    await expect
      .poll(() => drawer.evaluate((dialog) => dialog.contains(document.activeElement)))
      .toBe(true);
    await tabTo(page, drawer.getByRole('button', { name: 'Log off' }));
    await tabTo(page, drawer.getByRole('button', { name: 'Close' }), { key: 'Shift+Tab' });

    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.pathname === '/sessions');
    await drawer.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('q')).toBe(account);
    // Focus returns to the page, visibly, so the user can carry on from where they were.
    const focus = await describeFocus(page);
    expect(focus.visible, focus.what).toBe(true);
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(browser.pageErrors).toEqual([]);
  });

  it('gives focus back to the session’s row when a phone closes a session opened from a link', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const href = await farSessionHref(page);

      // Opened from a link (a ticket's): the drawer covers the phone, the list draws on close.
      await page.goto(`${consoleUrl}${href}`);
      const drawer = page.getByRole('dialog', { name: /^Session of / });
      await drawer.getByRole('region', { name: 'Machine' }).waitFor();
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
      const row = page.locator(`#main-content a[href^="${href}"]`);
      await expectVisibleFocusOn(page, row);
      expect(browser.pageErrors).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('gives focus back to a far session’s row when its drawer, opened from a link, closes over the list', async () => {
    const { page } = browser;
    const href = await farSessionHref(page);
    await page.goto(`${consoleUrl}${href}`);
    const drawer = page.getByRole('dialog', { name: /^Session of / });
    await drawer.getByRole('region', { name: 'Machine' }).waitFor();
    // Behind the drawer, the list has brought the session's row into view.
    const row = page.locator(`#main-content a[href^="${href}"]`);
    await row.waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await expectVisibleFocusOn(page, row);
    expect(browser.pageErrors).toEqual([]);
  });
});

/**
 * A session far enough down the first page that its row is not among those drawn first: the list
 * draws the rows in its box's view, so this scrolls the box to the 61st to read its address.
 */
async function farSessionHref(page: Page): Promise<string> {
  await page.goto(`${consoleUrl}/sessions`);
  const table = page.getByRole('table', { name: 'Sessions' });
  await table.getByRole('row').nth(1).waitFor();
  expect(await table.locator('tr[aria-rowindex="62"]').count()).toBe(0);
  await table.evaluate((element) => element.parentElement!.scrollBy(0, 60 * 56.5));
  return (await table.locator('tr[aria-rowindex="62"]').getByRole('link').getAttribute('href'))!;
}

/** Focus comes to the element, and shows. */
async function expectVisibleFocusOn(page: Page, element: Locator) {
  await expect
    .poll(() => element.evaluate((target) => target === document.activeElement))
    .toBe(true);
  const focus = await describeFocus(page);
  expect(focus.visible, focus.what).toBe(true);
}

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser.ts';
import { readJson } from '../support/catalog-facts.ts';
import { recordChunkRequests } from '../support/chunk-requests.ts';
import { holdBackPageCode } from '../support/early-answers.ts';

const consoleUrl = inject('consoleUrl');

describe('help-desk sessions lookup, built and served with the proxy on the simulator', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser({ signIn: { consoleUrl, as: 'admin' } });
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(() => browser.close());

  it('asks for the view in the address once, sent with the page before its code', async () => {
    const { page } = browser;
    const searches: { url: string; body: string | null }[] = [];
    const onRequest = (request: { url(): string; postData(): string | null }) => {
      if (request.url().includes('/Sessions/$search')) {
        searches.push({ url: request.url(), body: request.postData() });
      }
    };
    page.on('request', onRequest);
    // The app's first read can go out before the early one on this host (it did once in CI):
    // one request either way, but not the one this test is about.
    const heldBack = await holdBackPageCode(
      page,
      /\/assets\/(prefetch-sessions|sessions)-[\w-]+\.js$/,
    );
    try {
      await page.goto(`${consoleUrl}/sessions?state=Active&sort=machine&dir=desc&size=100`);
      await page.getByRole('table', { name: 'Sessions' }).getByRole('row').nth(1).waitFor();
      await page.getByText(/Page 1 of \d+/).waitFor();
      // One request, whose answer the page's own query took (src/lib/early-answers.ts).
      expect(searches).toHaveLength(1);
      expect(new URL(searches[0]!.url).search).toBe('?limit=100');
      expect(JSON.parse(searches[0]!.body!)).toMatchObject({
        SearchFilters: [{ Property: 'SessionState', Operator: 'Equals', Value: 'Active' }],
        SortCriteria: { Property: 'MachineName', SortDirection: 'Descending' },
      });
      // The header's reads are taken early too (tests/e2e/shell.test.ts).
      const taken = await page.evaluate(
        () =>
          performance
            .getEntriesByName('daas-console:early-answer-taken')
            .filter((mark) => String((mark as PerformanceMark).detail).includes('/$search')).length,
      );
      expect(taken).toBe(1);
    } finally {
      page.off('request', onRequest);
      await heldBack.release();
    }
  });

  it('looks a user up, opens the session, logs it off and sees it gone', async () => {
    const { page } = browser;
    await page.goto(`${consoleUrl}/sessions`);
    const table = page.getByRole('table', { name: 'Sessions' });
    const firstUser = table.getByRole('row').nth(1).getByRole('cell').nth(1);
    await firstUser.waitFor();
    // The cell shows the display name over DOMAIN\account; look the user up by the account.
    const account = (await firstUser.innerText()).split('\n').pop()!.trim();
    expect(account).toMatch(/^[A-Z]+\\[a-z.]+\d*$/);

    await page.getByRole('textbox', { name: 'Search sessions' }).fill(account);
    await page.waitForURL((url) => url.searchParams.get('q') === account);
    await page.getByText(/Page 1 of 1 · \d+ sessions?/).waitFor();
    const rows = table.getByRole('row');
    const userRows = await rows.count();
    for (let i = 1; i < userRows; i++) expect(await rows.nth(i).innerText()).toContain(account);
    await page.screenshot({ path: 'test-results/sessions-lookup.png' });

    const link = rows.nth(1).getByRole('link');
    const sessionPath = new URL((await link.getAttribute('href'))!, consoleUrl).pathname;
    await link.click();
    const drawer = page.getByRole('dialog', { name: /^Session of / });
    await drawer.getByRole('region', { name: 'Machine' }).waitFor();
    expect(await drawer.innerText()).toContain(account);
    await page.screenshot({ path: 'test-results/sessions-details.png' });

    await drawer.getByRole('button', { name: 'Log off' }).click();
    const confirm = page.getByRole('dialog', { name: 'Log off: 1 session' });
    await confirm.getByRole('button', { name: 'Log off' }).click();
    await confirm.getByText('Done: logged off for 1 of 1.').waitFor({ timeout: 20_000 });
    await confirm.getByRole('button', { name: 'Close' }).click();
    await drawer.getByText('This session has ended').waitFor();
    await page.keyboard.press('Escape');

    await page.waitForURL((url) => url.pathname === '/sessions');
    await page
      .getByText(new RegExp(`· ${userRows - 2 === 0 ? 'No' : userRows - 2} session`))
      .or(page.getByText('No sessions match this search.'))
      .first()
      .waitFor();
    expect(await page.locator(`a[href^="${sessionPath}"]`).count()).toBe(0);
    // Chromium logs the 404 that proves the session is gone; anything else is a defect.
    expect(browser.pageErrors.filter((error) => !/status of 404/.test(error))).toEqual([]);
  });

  it('keeps the list where it was when a session’s drawer opens and closes over it', async () => {
    const { page } = browser;
    await page.goto(`${consoleUrl}/sessions`);
    const table = page.getByRole('table', { name: 'Sessions' });
    await table.getByRole('row').nth(5).waitFor();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);

    await table.getByRole('row').nth(5).getByRole('link').click();
    await page.getByRole('dialog', { name: /^Session of / }).waitFor();
    // The drawer is a route of its own, but the page under it is the same page.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.pathname === '/sessions');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  it('renders the list and details in the dark scheme too', async () => {
    const dark = await openBrowser({ colorScheme: 'dark', signIn: { consoleUrl, as: 'admin' } });
    try {
      await dark.page.goto(
        `${consoleUrl}/sessions?state=Disconnected&columns=user,state,machine,client,protocol,started`,
      );
      await dark.page.getByRole('table', { name: 'Sessions' }).getByRole('link').first().waitFor();
      await dark.page.screenshot({ path: 'test-results/sessions-dark.png' });
      await dark.page.getByRole('table', { name: 'Sessions' }).getByRole('link').first().click();
      await dark.page.getByRole('dialog').getByRole('region', { name: 'Client' }).waitFor();
      await dark.page.screenshot({ path: 'test-results/sessions-details-dark.png' });
      expect(dark.pageErrors).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});

describe('a session opened from a link on a phone', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser({ signIn: { consoleUrl, as: 'helpdesk' } });
  });
  afterAll(() => browser.close());

  it('draws its drawer without the list’s table code, and the list when the drawer closes', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    const { Items } = await readJson<{ Items: { Id: string }[] }>(
      `${consoleUrl}/api/cvad/manage/Sessions?limit=1`,
      browser.cookieHeader!,
    );
    const tableCode = recordChunkRequests(page, 'tables');
    try {
      // The drawer covers the phone and the list waits behind it (a ticket's link, say): the
      // table's code is not among what the drawer waits for.
      await page.goto(`${consoleUrl}/sessions/${Items[0]!.Id}`);
      const drawer = page.getByRole('dialog', { name: /^Session of / });
      await drawer.getByRole('region', { name: 'Machine' }).waitFor();
      expect(tableCode.requested()).toEqual([]);

      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
      await page.getByRole('table', { name: 'Sessions' }).getByRole('link').first().waitFor();
      expect(tableCode.requested()).toHaveLength(1);
      expect(browser.pageErrors).toEqual([]);
    } finally {
      tableCode.stop();
    }
  });
});

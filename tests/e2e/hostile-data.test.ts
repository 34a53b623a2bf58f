import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostilePayloads } from '../../server/simulator/data/hostile-strings.ts';
import { openBrowser, type BrowserSession } from '../support/browser.ts';
import { serveBuiltConsole, type RunningConsole } from '../support/serve-console.ts';

interface Named {
  id: string;
  name: string;
  state: string;
  sessionSupport: string;
  imageId?: string | null;
  isDeprecated?: boolean;
  subscriptionName?: string | null;
}

const isLong = (name: string) => name.includes(hostilePayloads.unbroken);

/** Nothing injected ran, nothing popped up, and the page is no wider than the window. */
async function expectPageHolds(page: Page, dialogs: string[], where: string) {
  const facts = await page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(facts.pwned, `${where}: an injected script ran`).toBeUndefined();
  expect(dialogs, `${where}: a dialog opened`).toEqual([]);
  expect(facts.scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(
    facts.innerWidth,
  );
  await page.screenshot({ path: `test-results/hostile-${where}.png` });
}

describe('hostile data (SIM_HOSTILE_DATA=1): nothing runs, layouts hold, all stays readable', () => {
  let running: RunningConsole;
  let browser: BrowserSession;
  const dialogs: string[] = [];
  let catalogs: Named[] = [];
  let images: Named[] = [];

  beforeAll(async () => {
    running = await serveBuiltConsole({ SIM_HOSTILE_DATA: '1', SIM_SESSIONS: '300' });
    browser = await openBrowser({ signIn: { consoleUrl: running.url, as: 'admin' } });
    browser.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    mkdirSync('test-results', { recursive: true });
    const headers = { Cookie: browser.cookieHeader ?? '' };
    const connection = (await (
      await fetch(`${running.url}/api/connection`, { headers })
    ).json()) as {
      citrix: { customerId: string; siteId: string };
    };
    const base = `${running.url}/api/catalogservice/${connection.citrix.customerId}/${connection.citrix.siteId}`;
    catalogs = ((await (await fetch(`${base}/catalogs`, { headers })).json()) as { items: Named[] })
      .items;
    images = ((await (await fetch(`${base}/images`, { headers })).json()) as { items: Named[] })
      .items;
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('shows the gallery as cards and as a table, cutting long names that stay whole in a title', async () => {
    const { page } = browser;
    await page.goto(`${running.url}/images`);
    const cards = page.getByRole('article');
    await cards.first().waitFor();
    // Payloads read as text, exactly as the cloud sent them.
    await page.getByText(hostilePayloads.imgOnError, { exact: false }).first().waitFor();
    // An empty name reads "(no name)"; wait for it, as cards may render in more than one pass.
    await page.getByRole('article', { name: '(no name)' }).first().waitFor();
    // Every card stays inside the grid, and inside its own cell of it.
    const overflows = await page.getByRole('list', { name: 'Images' }).evaluate((grid) => {
      const right = grid.getBoundingClientRect().right;
      return [...grid.querySelectorAll('[role="listitem"]')].filter((cell) => {
        const card = cell.querySelector('article')?.getBoundingClientRect();
        const box = cell.getBoundingClientRect();
        return !card || card.right > box.right + 1 || box.right > right + 1;
      }).length;
    });
    expect(overflows).toBe(0);
    await expectPageHolds(page, dialogs, 'gallery-cards');

    await page.goto(`${running.url}/images?view=table`);
    const long = images.find((image) => isLong(image.name))!;
    const name = page.getByRole('table', { name: 'Images' }).getByTitle(long.name, { exact: true });
    await name.waitFor();
    expect(await name.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expectPageHolds(page, dialogs, 'gallery-table');
  });

  it('shows an image’s page with its whole name and a dash for empty fields', async () => {
    const { page } = browser;
    const image = images.find((i) => isLong(i.name) && i.subscriptionName === '')!;
    await page.goto(`${running.url}/images/citrix/${image.id}`);
    await page.getByRole('heading', { level: 1, name: image.name }).waitFor();
    const subscription = page.getByRole('row', { name: /^Azure subscription/ });
    expect(await subscription.getByRole('cell').innerText()).toBe('—');
    await expectPageHolds(page, dialogs, 'image-detail');
  });

  it('lists catalogs and opens one, then reviews a rollout whose names are hostile', async () => {
    const { page } = browser;
    await page.goto(`${running.url}/catalogs`);
    const table = page.getByRole('table', { name: 'Catalogs' });
    await table.getByRole('link').first().waitFor();
    expect(await table.getByRole('link', { name: '(no name)' }).count()).toBeGreaterThan(0);
    // Long names are cut; the state next to them never is.
    const cutBadges = await table
      .locator('[data-state] .mantine-Badge-label')
      .evaluateAll((labels) => labels.filter((label) => label.scrollWidth > label.clientWidth));
    expect(cutBadges).toHaveLength(0);
    await expectPageHolds(page, dialogs, 'catalogs');

    const catalog = catalogs.find((c) => c.state === 'Active' && isLong(c.name))!;
    const image = images.find(
      (i) =>
        i.state === 'Ready' &&
        i.sessionSupport === catalog.sessionSupport &&
        i.id !== catalog.imageId &&
        !i.isDeprecated,
    )!;
    await page.goto(`${running.url}/catalogs/${catalog.id}`);
    await page.getByRole('heading', { level: 1, name: catalog.name }).waitFor();
    await expectPageHolds(page, dialogs, 'catalog-detail');

    await page.goto(`${running.url}/rollouts/new?catalog=${catalog.id}&image=${image.id}`);
    await page.getByText('Pre-flight check passed').waitFor();
    for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Request to be sent').waitFor();
    await page.getByRole('listitem').filter({ hasText: catalog.name }).waitFor();
    await expectPageHolds(page, dialogs, 'rollout-review');
  });

  it('lists sessions and opens one, in both colour schemes', async () => {
    const { page } = browser;
    await page.goto(`${running.url}/sessions`);
    const table = page.getByRole('table', { name: 'Sessions' });
    const payloadLink = table.getByRole('link', { name: hostilePayloads.imgOnError }).first();
    await payloadLink.waitFor();
    await expectPageHolds(page, dialogs, 'sessions');
    const longLink = table.getByRole('link', { name: hostilePayloads.longWords }).first();
    expect(await longLink.getAttribute('title')).toContain(hostilePayloads.longWords);
    expect(await longLink.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

    await longLink.click();
    const drawer = page.getByRole('dialog', { name: /^Session of / });
    await drawer.getByRole('region', { name: 'Machine' }).waitFor();
    expect(await drawer.innerText()).toContain(hostilePayloads.longWords);
    await expectPageHolds(page, dialogs, 'session-details');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'test-results/hostile-session-details-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(browser.pageErrors).toEqual([]);
  });
});

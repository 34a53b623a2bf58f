import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from '../support/browser.ts';
import { recordChunkRequests } from '../support/chunk-requests.ts';
import { withOwnConsole } from '../support/own-console.ts';

const consoleUrl = inject('consoleUrl');

describe('the image gallery, built and served with the proxy on the simulator', () => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser({ signIn: { consoleUrl, as: 'admin' } });
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('draws its cards without the tables’ code, and loads it when the table is asked for', async () => {
    const { page } = browser;
    const tableCode = recordChunkRequests(page, 'tables');
    try {
      await page.goto(`${consoleUrl}/images`);
      await page.getByRole('list', { name: 'Images' }).getByRole('article').first().waitFor();
      // The cards draw only those in view, with the same windowing as the tables, but need no
      // table: TanStack Table and the table parts (and, with them, the row checkboxes) wait.
      expect(tableCode.requested()).toEqual([]);

      await page.locator('label', { hasText: /^Table$/ }).click();
      await page.getByRole('table', { name: 'Images' }).getByRole('row').nth(1).waitFor();
      expect(tableCode.requested()).toHaveLength(1);
      expect(browser.pageErrors).toEqual([]);
    } finally {
      tableCode.stop();
    }
  });

  it('lists every provider and region together, filters by several values, and restores the view on reload', async () => {
    const { page } = browser;
    await page.goto(`${consoleUrl}/images`);
    const cards = page.getByRole('list', { name: 'Images' }).getByRole('article');
    await cards.first().waitFor();
    // Every region of the service catalog is read, side by side, into the one list.
    await page.getByText(/^Still loading/).waitFor({ state: 'detached' });
    // The view's radios are out of sight behind their labels.
    await page.locator('label', { hasText: /^Table$/ }).click();
    const table = page.getByRole('table', { name: 'Images' });
    await table.getByRole('row').nth(1).waitFor();
    // Both clouds in the one list: sorted by provider, Citrix comes first, reversed Rackspace.
    const firstProvider = () => table.getByRole('row').nth(1).locator('td').nth(2).innerText();
    const providerHeader = table.getByRole('button', { name: 'Provider' });
    await providerHeader.click();
    await page.waitForURL(/sort=provider$/);
    await expect.poll(firstProvider).toBe('Citrix DaaS');
    await providerHeader.click();
    await page.waitForURL(/sort=provider&dir=desc$/);
    await expect.poll(firstProvider).toBe('Rackspace');

    // Several states at once: the address says so.
    await page.getByRole('combobox', { name: 'State' }).click();
    await page.getByRole('option', { name: 'Failed' }).click();
    await page.getByRole('option', { name: 'In progress' }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/state=failed%2Cin-progress/);
    await page.getByText(/^Showing \d+ of \d+ images$/).waitFor();
    await expect
      .poll(() =>
        table
          .locator('[data-tone]')
          .evaluateAll((badges) => [...new Set(badges.map((b) => b.getAttribute('data-tone')))]),
      )
      .toEqual(expect.arrayContaining(['failed']));
    const states = await table
      .locator('[data-tone]')
      .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-tone')));
    expect(states.every((state) => state === 'failed' || state === 'in-progress')).toBe(true);

    // A region that has failed or building images in the simulator's data: the first row's, as
    // Rackspace sorts first now. Which region that is depends on the seed, not on the gallery.
    // In words with its code, as Rackspace's control panel names it: "Chicago (ORD)".
    const region = await table.getByRole('row').nth(1).locator('td').nth(3).innerText();
    const code = /^[A-Za-z ]+ \(([A-Z]{3})\)$/.exec(region)?.[1];
    expect(code, region).toBeDefined();
    await page.getByRole('combobox', { name: 'Region' }).click();
    await page.getByRole('option', { name: region, exact: true }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL(new RegExp(`region=${code}`));
    const regionsListed = () =>
      table
        .getByRole('row')
        .evaluateAll((rows) => [
          ...new Set(rows.slice(1).map((row) => row.children[3]?.textContent)),
        ]);
    await expect.poll(regionsListed).toEqual([region]);

    // Reload: the address alone brings back the same view.
    const address = page.url();
    await page.reload();
    await table.getByRole('row').nth(1).waitFor();
    expect(page.url()).toBe(address);
    expect(
      await table.getByRole('columnheader', { name: 'Provider' }).getAttribute('aria-sort'),
    ).toBe('descending');
    expect(browser.pageErrors).toEqual([]);
  });

  it('opens “Needs attention” in one click, an address that can go in a ticket', async () => {
    const { page } = browser;
    await page.goto(`${consoleUrl}/images`);
    const presets = page.getByRole('group', { name: 'Quick views' });
    await presets.getByRole('button').first().waitFor();
    expect(await presets.getByRole('button').first().innerText()).toBe('Needs attention');
    await presets.getByRole('button', { name: 'Failed or building' }).click();
    await page.waitForURL(/\/images\?state=failed%2Cin-progress$/);

    await presets.getByRole('button', { name: 'Needs attention' }).click();
    await page.waitForURL(/\/images\?show=attention$/);
    const cards = page.getByRole('list', { name: 'Images' }).getByRole('article');
    await cards.first().waitFor();
    const tones = await cards.evaluateAll((articles) => articles.map((a) => a.dataset.tone));
    // Failed images, and images stuck in progress or deprecated yet used: never a ready one
    // that is merely ready.
    expect(tones).toContain('failed');

    // A pasted link opens the same view in a fresh page.
    const pasted = await browser.context.newPage();
    await pasted.goto(page.url());
    await pasted.getByRole('button', { name: 'Needs attention', pressed: true }).waitFor();
    await pasted.close();
    await page.screenshot({ path: 'test-results/e2e-images-attention.png' });
  });

  it('opens an image at the top of its page, and Back returns to the same card at the same place', async () => {
    const { page } = browser;
    await page.goto(`${consoleUrl}/images`);
    await page.getByRole('list', { name: 'Images' }).getByRole('article').first().waitFor();
    await page.getByText(/^Still loading/).waitFor({ state: 'detached' });
    // Scrolled as a person does, far enough that the rows above have been drawn and measured.
    await page.mouse.move(700, 500);
    for (let step = 0; step < 10; step++) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(50);
    }
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(3000);
    const firstInView = () =>
      page.evaluate(() => {
        const card = [...document.querySelectorAll('[role="list"] article')].find(
          (article) => article.getBoundingClientRect().top > 60,
        )!;
        return {
          name: card.getAttribute('aria-label')!,
          top: Math.round(card.getBoundingClientRect().top),
        };
      });
    const before = await firstInView();

    await page.getByRole('article', { name: before.name }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: before.name }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await page.goBack();
    const card = page.getByRole('article', { name: before.name });
    await card.waitFor();
    // Settled: the list is drawn and nothing moves any more.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.scrollY)).toBe(3000);
    expect(Math.round((await card.boundingBox())!.y)).toBe(before.top);

    // Again, now that the image's page is at hand: it still opens at its top.
    await card.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: before.name }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('shows a clear not-found page for an unknown image ID', async () => {
    const { page } = browser;
    await page.goto(`${consoleUrl}/images/citrix/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Image not found' }).waitFor();
    await page.getByRole('link', { name: 'Back to all images' }).click();
    await page.waitForURL(/\/images$/);
  });
});

/**
 * The properties the page's running animations change, loading indicators aside (a refresh's
 * spinner may come and go: tests/e2e/shell.test.ts has theirs).
 */
function movingProperties(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...new Set(
      document
        .getAnimations()
        .filter((animation) => animation.playState === 'running')
        .filter((animation) => {
          const target = (animation.effect as KeyframeEffect).target;
          return !target?.closest('.mantine-Loader-root, .mantine-Skeleton-root');
        })
        .flatMap((animation) => (animation.effect as KeyframeEffect).getKeyframes())
        .flatMap((keyframe) => Object.keys(keyframe))
        .filter((key) => !['offset', 'computedOffset', 'easing', 'composite'].includes(key)),
    ),
  ]);
}

describe('the image gallery with images still being prepared', () => {
  // A day to settle: the shared console's images in flight have settled by the time a long
  // run reaches this file (each takes half to all of SIM_IMAGE_BUILD_SECONDS, 180 by default).
  const own = withOwnConsole({ SIM_IMAGE_BUILD_SECONDS: '86400' });

  it('holds the gallery’s progress bars still, and moves an image’s own without the main thread', async () => {
    const { page } = own.browser;
    await page.goto(`${own.url}/images?state=in-progress`);
    const card = page.getByRole('article').first();
    await card.getByRole('progressbar').waitFor({ state: 'attached' });
    // The header's placeholders (Mantine skeletons, which fade) stand in for its parts until
    // their code is here: gone, what moves is the page's own.
    const placeholdersGone = () =>
      expect
        .poll(() => page.locator('header .mantine-Skeleton-root').count(), { timeout: 10_000 })
        .toBe(0);
    await placeholdersGone();
    // A screen of cards in progress would all move at once; the percentage says as much.
    expect(await movingProperties(page)).toEqual([]);

    // The image's own page, opened from its card.
    const href = await card.getByRole('link').first().getAttribute('href');
    await page.goto(`${own.url}${href}`);
    await page.getByRole('main').getByRole('progressbar').waitFor({ state: 'attached' });
    await placeholdersGone();
    // Mantine's stripes animated their background's position: the page was restyled and
    // repainted on the main thread every frame while a bar was on it (a third of it at a phone's
    // 4x CPU, trace). What moves now is a transform, which the compositor draws on its own.
    expect(await movingProperties(page)).toEqual(['transform']);
  });
});

describe('the image gallery with a Rackspace region in an outage', () => {
  // Northern Virginia too: the longest region name, the widest retry button.
  const own = withOwnConsole({ SIM_RACKSPACE_FAILING_REGIONS: 'ord,iad' });

  it('says which region failed above the list, still lists the rest, and offers a retry', async () => {
    const { page } = own.browser;
    await page.goto(`${own.url}/images?provider=rackspace&view=table`);
    await page.getByText('Rackspace Chicago (ORD) could not be loaded').waitFor();
    await page.getByRole('button', { name: 'Retry Rackspace Chicago (ORD)' }).waitFor();
    const table = page.getByRole('table', { name: 'Images' });
    await table.getByRole('row').nth(1).waitFor();
    await page.getByText(/^Still loading/).waitFor({ state: 'detached' });
    const regions = await table
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((row) => row.children[3]?.textContent));
    expect(regions).not.toContain('Chicago (ORD)');
    expect(new Set(regions).size).toBeGreaterThan(1);
  });

  it('fits the notice and its retry on a phone: the button’s words whole, inside the notice', async () => {
    const { page } = own.browser;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${own.url}/images?provider=rackspace`);
      const retry = page.getByRole('button', { name: 'Retry Rackspace Northern Virginia (IAD)' });
      await retry.waitFor();
      const fit = await retry.evaluate((button) => {
        const notice = button
          .closest('[role="alert"], .mantine-Alert-root')!
          .getBoundingClientRect();
        const box = button.getBoundingClientRect();
        const label = button.querySelector('.mantine-Button-label') as HTMLElement;
        return {
          inside: box.left >= notice.left && box.right <= notice.right - 8,
          wordsWhole: label.scrollWidth <= label.clientWidth + 1,
          pageWidth: document.documentElement.scrollWidth,
        };
      });
      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/images-failing-region-phone.png' });
      expect(fit).toEqual({ inside: true, wordsWhole: true, pageWidth: 390 });
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostilePayloads } from '../../server/simulator/data/hostile-strings.ts';
import { withOwnConsole } from '../support/own-console.ts';

interface Named {
  id: string;
  name: string;
  state: string;
  sessionSupport: string;
  imageId?: string | null;
  isDeprecated?: boolean;
  subscriptionName?: string | null;
  subnet?: string;
  templateImageName?: string | null;
}

const isLong = (name: string | null | undefined) => !!name?.includes(hostilePayloads.unbroken);

/** A desktop and a phone (iPhone 12 to 15): every page is checked at both. */
const viewports = [
  { suffix: '', width: 1280, height: 800 },
  { suffix: '-390', width: 390, height: 844 },
] as const;

/**
 * Text that holds the unbroken run and neither wraps nor is cut with the whole of it in a
 * `title`: cut (by an ellipsis, a line clamp or any box that hides overflow) without a title that
 * holds it, or laid out wider than the page (or drawer) it is on. Runs in the page.
 */
function findMisfits(payload: string): string[] {
  const misfits: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const holder = node.parentElement;
    if (!holder || !text.includes(payload)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue; // not rendered (display: none)
    let cut = false;
    let offscreen = false; // visually hidden text, for screen readers only
    for (let outer: Element | null = holder; outer && outer !== document.body;) {
      const { overflowX } = getComputedStyle(outer);
      // Inside a scroll container the text can be scrolled to; its width is checked below.
      if (overflowX === 'auto' || overflowX === 'scroll') break;
      if (overflowX === 'hidden' || overflowX === 'clip') {
        const frame = outer.getBoundingClientRect();
        const outside =
          box.left < frame.left - 1 ||
          box.right > frame.right + 1 ||
          box.top < frame.top - 1 ||
          box.bottom > frame.bottom + 1;
        if (frame.width <= 1 || frame.height <= 1) offscreen = true;
        else if (outside) cut = true;
        if (cut || offscreen) break;
      }
      outer = outer.parentElement;
    }
    if (offscreen) continue;
    const where = `<${holder.tagName.toLowerCase()}> "${text.trim().slice(0, 30)}…"`;
    // The content box of the page's main area (or the drawer): its padding is not room for text.
    const area = holder.closest('[role="dialog"], main') ?? document.body;
    const { paddingLeft, paddingRight } = getComputedStyle(area);
    const limit = area.clientWidth - parseFloat(paddingLeft) - parseFloat(paddingRight);
    if (cut && !holder.closest('[title]')?.getAttribute('title')?.includes(text.trim())) {
      misfits.push(`${where} is cut and no title holds it`);
    } else if (!cut && box.width > limit + 1) {
      misfits.push(`${where} is ${Math.round(box.width)} px wide in ${limit} px`);
    }
  }
  // A form field shows as much of its value as fits: the rest must be in its title.
  for (const field of document.querySelectorAll<HTMLInputElement>('input:not([type=hidden])')) {
    if (!field.value.includes(payload) || field.getClientRects().length === 0) continue;
    if (field.scrollWidth > field.clientWidth && !field.title.includes(field.value)) {
      misfits.push(`<input> "${field.value.slice(0, 30)}…" is cut and has no title`);
    }
  }
  return misfits;
}

/**
 * Nothing injected ran, nothing popped up, and at each width the page is no wider than the window
 * and every long unbroken value wraps, or is cut with the whole of it in a title. Leaves the page
 * at desktop width.
 */
async function expectPageHolds(page: Page, dialogs: string[], where: string) {
  for (const viewport of viewports) {
    const at = `${where} at ${viewport.width} px`;
    await page.setViewportSize(viewport);
    // The shell slides its navigation away below its breakpoint: measure once it has.
    await page.waitForFunction(() =>
      document.getAnimations().every((animation) => !(animation instanceof CSSTransition)),
    );
    const facts = await page.evaluate(() => ({
      pwned: (window as { __pwned?: unknown }).__pwned,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(facts.pwned, `${at}: an injected script ran`).toBeUndefined();
    expect(dialogs, `${at}: a dialog opened`).toEqual([]);
    const sideways = Math.max(0, facts.scrollWidth - facts.innerWidth);
    const misfits = await page.evaluate(findMisfits, hostilePayloads.unbroken);
    // Soft: one run reports every page and width that breaks, not only the first.
    expect.soft(sideways, `${at}: the page scrolls sideways (px)`).toBe(0);
    expect.soft(misfits, `${at}: long values that neither wrap nor keep a title`).toEqual([]);
    // From the top: a full-page shot of a scrolled page draws the fixed header mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({
      path: `test-results/hostile-${where}${viewport.suffix}.png`,
      fullPage: true,
    });
  }
  await page.setViewportSize(viewports[0]);
}

describe('hostile data (SIM_HOSTILE_DATA=1): nothing runs, layouts hold, all stays readable', () => {
  const own = withOwnConsole({
    SIM_HOSTILE_DATA: '1',
    SIM_SESSIONS: '300',
    // Rollouts finish in seconds, so the test can follow one to its end.
    SIM_ROLLOUT_SECONDS: '8',
  });
  const dialogs: string[] = [];
  let catalogs: Named[] = [];
  let images: Named[] = [];
  /** The catalog with the unbroken run in every field its page shows (see `makeHostile`). */
  const worstCatalog = () => catalogs.find((c) => c.state === 'Active' && isLong(c.subnet))!;

  beforeAll(async () => {
    own.browser.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    mkdirSync('test-results', { recursive: true });
    const headers = { Cookie: own.browser.cookieHeader ?? '' };
    const connection = (await (await fetch(`${own.url}/api/connection`, { headers })).json()) as {
      citrix: { customerId: string; siteId: string };
    };
    const base = `${own.url}/api/catalogservice/${connection.citrix.customerId}/${connection.citrix.siteId}`;
    catalogs = ((await (await fetch(`${base}/catalogs`, { headers })).json()) as { items: Named[] })
      .items;
    images = ((await (await fetch(`${base}/images`, { headers })).json()) as { items: Named[] })
      .items;
  });

  it('shows the gallery as cards and as a table, cutting long names that stay whole in a title', async () => {
    const { page } = own.browser;
    await page.goto(`${own.url}/images`);
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

    // The merged list holds every cloud's images and the table renders only the rows in view:
    // the search (which matches IDs) brings the long-named one to the top.
    const long = images.find((image) => isLong(image.name))!;
    await page.goto(`${own.url}/images?view=table&q=${long.id}`);
    const name = page.getByRole('table', { name: 'Images' }).getByTitle(long.name, { exact: true });
    await name.waitFor();
    // Cut in its middle, inside its cell; its end (what tells near-identical names apart) shown.
    const shown = await name.evaluate((el) => {
      const head = el.firstElementChild as HTMLElement;
      const cell = el.closest('td')!.getBoundingClientRect();
      return {
        headCut: head.scrollWidth > head.clientWidth,
        inside: el.getBoundingClientRect().right <= cell.right + 1,
        tail: el.querySelector('[data-name-tail]')?.textContent,
      };
    });
    expect(shown).toEqual({
      headCut: true,
      inside: true,
      tail: Array.from(long.name.replace(/\s+/g, ' ')).slice(-16).join(''),
    });
    await expectPageHolds(page, dialogs, 'gallery-table');
  });

  it('shows an image’s page with its whole name and a dash for empty fields', async () => {
    const { page } = own.browser;
    const image = images.find((i) => isLong(i.name) && i.subscriptionName === '')!;
    await page.goto(`${own.url}/images/citrix/${image.id}`);
    await page.getByRole('heading', { level: 1, name: image.name }).waitFor();
    const subscription = page.getByRole('row', { name: /^Azure subscription/ });
    expect(await subscription.getByRole('cell').innerText()).toBe('—');
    await expectPageHolds(page, dialogs, 'image-detail');
  });

  it('lists catalogs and opens one, then rolls out an image, all with hostile names', async () => {
    const { page } = own.browser;
    await page.goto(`${own.url}/catalogs`);
    const table = page.getByRole('table', { name: 'Catalogs' });
    await table.getByRole('link').first().waitFor();
    expect(await table.getByRole('link', { name: '(no name)' }).count()).toBeGreaterThan(0);
    // Long names are cut; the state next to them never is.
    const cutBadges = await table
      .locator('[data-state] .mantine-Badge-label')
      .evaluateAll((labels) => labels.filter((label) => label.scrollWidth > label.clientWidth));
    expect(cutBadges).toHaveLength(0);
    await expectPageHolds(page, dialogs, 'catalogs');

    const catalog = worstCatalog();
    const image = images.find(
      (i) =>
        i.state === 'Ready' &&
        i.sessionSupport === catalog.sessionSupport &&
        i.id !== catalog.imageId &&
        !i.isDeprecated &&
        isLong(i.name),
    )!;
    expect(image, 'a Ready image with a long name to roll out').toBeDefined();
    await page.goto(`${own.url}/catalogs/${catalog.id}`);
    await page.getByRole('heading', { level: 1, name: catalog.name }).waitFor();
    await page
      .getByRole('table', { name: 'Rollout history' })
      .or(page.getByText('Nobody has rolled out an image'))
      .first()
      .waitFor();
    // Every field is there in full, wrapped rather than cut.
    expect(
      await page
        .getByRole('row', { name: /^Subnet/ })
        .getByRole('cell')
        .innerText(),
    ).toBe(catalog.subnet);
    await expectPageHolds(page, dialogs, 'catalog-detail');

    // The image it runs, whose name and OS carry the same run.
    await page.getByRole('link', { name: catalog.templateImageName! }).click();
    await page.getByRole('heading', { level: 1, name: catalog.templateImageName! }).waitFor();
    await expectPageHolds(page, dialogs, 'catalog-image-detail');

    // Each step of the wizard, then the rollout followed to its end.
    await page.goto(`${own.url}/rollouts/new?catalog=${catalog.id}&image=${image.id}`);
    await page.getByText('Pre-flight check passed').waitFor();
    await expectPageHolds(page, dialogs, 'rollout-catalog');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: image.name, exact: true }).waitFor();
    await expectPageHolds(page, dialogs, 'rollout-image');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: /On next shutdown/ }).waitFor();
    await expectPageHolds(page, dialogs, 'rollout-settings');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Request to be sent').waitFor();
    await page.getByRole('listitem').filter({ hasText: catalog.name }).waitFor();
    await expectPageHolds(page, dialogs, 'rollout-review');
    // Hostile OS names and versions may well ask for a second look; an admin gives it.
    const goAhead = page.getByRole('checkbox', { name: /I have read the warning/ });
    if (await goAhead.isVisible()) await goAhead.check();
    await page.getByRole('button', { name: 'Start rollout' }).click();
    await page.waitForURL(/\/rollouts\/[0-9a-f-]{36}$/);
    await page.getByText('Updating the catalog image').first().waitFor();
    await expectPageHolds(page, dialogs, 'rollout-progress');
    await page
      .getByRole('main')
      .getByText('Image updated; the catalog is active', { exact: true })
      .waitFor({ timeout: 40_000 });
    // The toast that says so names the catalog too.
    await page.getByText(`${catalog.name}: Image updated; the catalog is active`).waitFor();
    await expectPageHolds(page, dialogs, 'rollout-finished');

    await page.goto(`${own.url}/audit`);
    await page
      .getByRole('table', { name: 'Audit records' })
      .getByText(catalog.name)
      .first()
      .waitFor();
    await expectPageHolds(page, dialogs, 'audit');

    await page.goto(`${own.url}/catalogs/${catalog.id}`);
    await page.getByRole('table', { name: 'Rollout history' }).getByText('Finished').waitFor();
    await expectPageHolds(page, dialogs, 'catalog-history');
  }, 120_000);

  it('lists sessions and opens one, in both colour schemes', async () => {
    const { page } = own.browser;
    await page.goto(`${own.url}/sessions`);
    const table = page.getByRole('table', { name: 'Sessions' });
    const payloadLink = table.getByRole('link', { name: hostilePayloads.imgOnError }).first();
    await table.getByRole('row').nth(1).waitFor();
    // The list draws the rows in its box's view (as many as the window leaves it room for):
    // scrolled a box at a time until the payload's row is drawn. By the clock, not a count of
    // tries: in a CI run of every end-to-end file, 20 tries 100 ms apart once ran out first.
    const deadline = Date.now() + 20_000;
    while ((await payloadLink.count()) === 0 && Date.now() < deadline) {
      await table.evaluate((element) => {
        const scroller = element.parentElement!;
        scroller.scrollBy(0, scroller.clientHeight);
      });
      await page.waitForTimeout(100);
    }
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
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // The sessions of the catalog whose every field is long: its name (and its delivery group's)
    // in the filter, the table and the drawer, its region and its image's OS in the drawer.
    const catalog = worstCatalog();
    const columns = 'user,state,machine,deliveryGroup,catalog,client,started';
    await page.goto(
      `${own.url}/sessions?catalog=${encodeURIComponent(catalog.name)}&columns=${columns}`,
    );
    const catalogCell = table.getByTitle(catalog.name, { exact: true }).first();
    await catalogCell.waitFor();
    await expectPageHolds(page, dialogs, 'sessions-of-catalog');
    await table.getByRole('row').nth(1).getByRole('link').first().click();
    await drawer.getByRole('region', { name: 'Machine' }).getByText(catalog.name).first().waitFor();
    await expectPageHolds(page, dialogs, 'session-details-of-catalog');
    expect(own.browser.pageErrors).toEqual([]);
  });
});

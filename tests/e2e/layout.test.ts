/// <reference lib="dom" />
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { consolePages } from '../support/console-pages.ts';
import { withOwnConsole } from '../support/own-console.ts';

/**
 * Every page at a phone's size and a tablet's: nothing wider than the screen, no button or badge
 * whose words are cut, no word in a table split over two lines, and the header whole on one line,
 * also while a read is retried. Its own console, so the rollout it starts for the rollout page
 * cannot change what other tests find.
 */
const screens = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

interface LayoutProblems {
  pageWidth: number;
  screenWidth: number;
  /** Text of controls whose words do not fit their box. */
  clipped: string[];
  /** Header controls outside the header's box (wrapped to a second line, or off screen). */
  headerOutside: string[];
  /** Rows a stepper takes; it should keep to one. */
  stepperRows: number[];
  /** Stepper steps with no name for a screen reader: a compact step must keep its words. */
  unnamedSteps: number;
  /** Words in a table split across two lines ("Disconn" over "ected"): a column squeezed too narrow. */
  brokenWords: string[];
}

/** What is wrong with the page's layout as it is on screen now. */
function layoutProblems(page: Page): Promise<LayoutProblems> {
  return page.evaluate(() => {
    const screenWidth = document.documentElement.clientWidth;
    const describe = (element: Element) =>
      (element.getAttribute('aria-label') ?? element.textContent ?? element.tagName).trim();
    const clipped = [
      ...document.querySelectorAll(
        'button, a, h1, h2, .mantine-Badge-label, .mantine-Button-label, .mantine-Stepper-stepLabel',
      ),
    ]
      .filter((element) => {
        const box = element as HTMLElement;
        if (box.offsetParent === null && getComputedStyle(box).position !== 'fixed') return false;
        const style = getComputedStyle(box);
        const hides = /hidden|clip/.test(style.overflowX) || style.textOverflow === 'ellipsis';
        return hides && box.scrollWidth > box.clientWidth + 1;
      })
      .map(describe);
    const header = document.querySelector('header');
    const floats = (element: Element) => {
      for (let at: Element | null = element; at && at !== header; at = at.parentElement) {
        if (getComputedStyle(at).position === 'fixed') return true;
      }
      return false;
    };
    const headerBox = header?.getBoundingClientRect();
    const headerOutside = headerBox
      ? // Focusable badges too: the retry status is one.
        [...header!.querySelectorAll('a, button, [tabindex]')]
          .filter((element) => {
            const box = element.getBoundingClientRect();
            if (box.width === 0) return false;
            // What floats below the header on purpose (the retry status on a phone) must be
            // whole on screen, below the header's row.
            if (floats(element)) {
              return (
                box.top < headerBox.bottom ||
                box.bottom > window.innerHeight ||
                box.left < -1 ||
                box.right > screenWidth + 1
              );
            }
            return (
              box.top < headerBox.top - 1 ||
              box.bottom > headerBox.bottom + 1 ||
              box.left < -1 ||
              box.right > screenWidth + 1 ||
              // A title that wraps is taller than one line of its own text.
              (element.tagName === 'A' &&
                box.height > 2 * parseFloat(getComputedStyle(element).lineHeight))
            );
          })
          .map(describe)
      : ['(no header)'];
    const stepperRows = [...document.querySelectorAll('.mantine-Stepper-steps')].map(
      (steps) =>
        new Set(
          [...steps.querySelectorAll('.mantine-Stepper-step')].map((step) =>
            Math.round(step.getBoundingClientRect().top),
          ),
        ).size,
    );
    // innerText leaves out text that is not displayed, as a screen reader would.
    const unnamedSteps = [
      ...document.querySelectorAll<HTMLElement>('.mantine-Stepper-step'),
    ].filter((step) => !(step.getAttribute('aria-label') ?? step.innerText).trim()).length;
    const brokenWords: string[] = [];
    for (const cell of document.querySelectorAll('td, th')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/[\p{L}\p{N}]{4,}/gu)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
          );
          if (lines.size > 1) brokenWords.push(word[0]);
        }
      }
    }
    return {
      brokenWords: [...new Set(brokenWords)],
      stepperRows: stepperRows.filter((rows) => rows > 1),
      unnamedSteps,
      pageWidth: document.documentElement.scrollWidth,
      screenWidth,
      clipped: [...new Set(clipped)],
      headerOutside,
    };
  });
}

describe('every page fits a phone and a tablet, in Chromium', () => {
  const own = withOwnConsole({ SIM_ROLLOUT_SECONDS: '600' });
  const pages: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [];
  const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first().waitFor();

  beforeAll(async () => {
    // Most pages are ready when their heading shows; these two have none of their own.
    const readiness: Record<string, (page: Page) => Promise<void>> = {
      wizard: (page) => page.getByText('Pre-flight check passed').waitFor(),
      session: (page) => page.getByRole('dialog').waitFor(),
    };
    for (const { name, path } of await consolePages(own.url, own.browser.cookieHeader!)) {
      pages.push({ name, path, ready: readiness[name] ?? heading });
    }
  });

  for (const screen of screens) {
    it(`fits ${screen.width}x${screen.height} (${screen.name}) on every page`, async () => {
      const { page } = own.browser;
      await page.setViewportSize({ width: screen.width, height: screen.height });
      const found: Record<string, LayoutProblems> = {};
      for (const { name, path, ready } of pages) {
        try {
          await page.goto(`${own.url}${path}`);
          await ready(page);
          // The header's badges arrive just after the page: wait for the account's.
          await page.getByRole('button', { name: /^Account:/ }).waitFor();
          await page.waitForLoadState('networkidle');
        } catch (error) {
          throw new Error(`The ${name} page (${path}) did not settle`, { cause: error });
        }
        const problems = await layoutProblems(page);
        if (
          problems.pageWidth > problems.screenWidth ||
          problems.clipped.length > 0 ||
          problems.headerOutside.length > 0 ||
          problems.stepperRows.length > 0 ||
          problems.unnamedSteps > 0 ||
          problems.brokenWords.length > 0
        ) {
          found[name] = problems;
          await page.screenshot({ path: `test-results/layout-${screen.name}-${name}.png` });
        }
      }
      expect(found).toEqual({});
    });
  }

  it('keeps the header whole while a read is retried and the server is unreachable', async () => {
    const { page } = own.browser;
    // Every read of sessions is cut off as a dropped connection would be, so the header says it
    // is retrying (the longest title there is) for a second or more between tries.
    await page.route(/\/api\/cvad\/manage\/Sessions/, (route) => route.abort('connectionreset'));
    // The connection status fails for good: a wait this long is not retried.
    await page.route('**/api/connection', (route) =>
      route.fulfill({ status: 503, headers: { 'Retry-After': '600' }, json: {} }),
    );
    const found: Record<
      string,
      Pick<LayoutProblems, 'pageWidth' | 'headerOutside' | 'clipped'>
    > = {};
    try {
      for (const width of [390, 768, 1024, 1280]) {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(`${own.url}/sessions`);
        const header = page.locator('header');
        await header.getByRole('button', { name: 'Cannot reach the console server' }).waitFor();
        const retrying = header.getByRole('status').filter({ hasText: 'Retrying' });
        await retrying.waitFor();
        // Its words are all there for a screen reader, once, however few the screen shows.
        expect(await retrying.ariaSnapshot(), `${width} px`).toBe(
          '- status: "Retrying: Cannot reach the console server"',
        );
        const { pageWidth, headerOutside, clipped } = await layoutProblems(page);
        if (pageWidth > width || headerOutside.length > 0 || clipped.length > 0) {
          found[width] = { pageWidth, headerOutside, clipped };
          await page.screenshot({ path: `test-results/layout-retrying-${width}.png` });
        }
      }
    } finally {
      await page.unrouteAll();
    }
    expect(found).toEqual({});
  });

  it('puts the filters behind one "Filters" button on a phone, results first', async () => {
    const { page } = own.browser;
    await page.setViewportSize({ width: 390, height: 844 });
    const lists = [
      { path: '/sessions', role: 'table', name: 'Sessions', item: 'tbody tr', filter: 'State' },
      { path: '/audit', role: 'table', name: 'Audit records', item: 'tbody tr', filter: 'Outcome' },
      // The gallery's quick views and search stay in sight: they are what an admin reaches for.
      { path: '/images', role: 'list', name: 'Images', item: 'article', filter: 'State' },
    ] as const;
    for (const { path, role, name, item, filter } of lists) {
      await page.goto(`${own.url}${path}`);
      const results = page.getByRole(role, { name, exact: true });
      await results.locator(item).first().waitFor();
      const top = (await results.boundingBox())!.y;
      expect(top, `${path}: the results start on the first screen`).toBeLessThan(844);
      const filters = page.getByRole('button', { name: /^Filters/ });
      expect(await filters.getAttribute('aria-expanded')).toBe('false');
      expect(await page.getByRole('combobox', { name: filter, exact: true }).isVisible()).toBe(
        false,
      );
      await filters.click();
      expect(await filters.getAttribute('aria-expanded')).toBe('true');
      await page.getByRole('combobox', { name: filter, exact: true }).waitFor();
    }
    // Wider, the filters are simply there.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${own.url}/sessions`);
    await page.getByRole('combobox', { name: 'State', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Filters/ }).isVisible()).toBe(false);
  });

  it('sizes the sessions table’s own scrolling box to the window, its pager in sight', async () => {
    const { page } = own.browser;
    // Where the box is, how tall, and where the page's content ends below it (the pager).
    const measure = () =>
      page.evaluate(() => {
        window.scrollTo(0, 0);
        const box = document.querySelector('table[aria-label="Sessions"]')!.parentElement!;
        const { top, height } = box.getBoundingClientRect();
        const outside = [...document.querySelectorAll('main *')].filter((e) => !box.contains(e));
        return {
          top,
          height,
          contentEnd: Math.max(...outside.map((e) => e.getBoundingClientRect().bottom)),
          window: window.innerHeight,
          pageScrolls: document.documentElement.scrollHeight > window.innerHeight,
        };
      });
    const fiveRows = 320;
    const expectSized = async (at: string) => {
      const found = await measure();
      const below = found.contentEnd - found.top - found.height;
      if (found.window - found.top - below > fiveRows) {
        // Room for more than five rows: the box ends where the pager still fits in the window,
        // so the page itself does not scroll as well.
        expect(found.contentEnd, `${at}: the pager in the window`).toBeLessThanOrEqual(
          found.window,
        );
        expect(found.contentEnd, `${at}: the box uses the room it has`).toBeGreaterThan(
          found.window - 40,
        );
        expect(found.pageScrolls, `${at}: one scrollbar, the table's`).toBe(false);
      } else {
        // A short window: five rows at least, the page scrolling to show them and the pager.
        expect(Math.round(found.height), `${at}: five rows at least`).toBe(fiveRows);
      }
    };
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 1200 },
      { width: 1280, height: 800 },
      { width: 768, height: 1024 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(`${own.url}/sessions`);
      await page.getByRole('table', { name: 'Sessions' }).locator('tbody tr').first().waitFor();
      await expectSized(`${size.width}x${size.height}`);
    }
    // On a tall phone, opening the filters moves the box down: it shrinks to what is left.
    await page.setViewportSize({ width: 390, height: 1700 });
    await page.goto(`${own.url}/sessions`);
    await page.getByRole('table', { name: 'Sessions' }).locator('tbody tr').first().waitFor();
    const before = (await measure()).height;
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('combobox', { name: 'State', exact: true }).waitFor();
    await expect.poll(async () => (await measure()).height).toBeLessThan(before);
    await expectSized('390x1700, filters open');
  });

  it('keeps a catalog state’s hint inside a narrow window, wrapped', async () => {
    const { page } = own.browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${own.url}/catalogs`);
    await page.getByRole('table').locator('[data-state]').first().hover();
    const hint = page.getByRole('tooltip');
    await hint.waitFor();
    const box = (await hint.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  });
});

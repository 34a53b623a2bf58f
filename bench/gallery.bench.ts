/**
 * The image gallery at scale: 2,000 Citrix and 10,000 Rackspace images in the simulator, the preview
 * build in headless Chromium. Figures are medians: time to the first cards after navigation, search
 * keystroke to updated results, and the longest task while scrolling the cards.
 */
import type { Page } from 'playwright-core';
import { openBrowser } from '../tests/support/browser.ts';
import { serveBuiltConsole } from '../tests/support/serve-console.ts';
import type { BenchSection } from './support/report.ts';
import { median } from './support/stats.ts';

const scale = { SIM_CITRIX_IMAGES: '2000', SIM_RACKSPACE_IMAGES: '10000' };
const runs = 5;

/** Records, in the page, when the first card appears and every long task. */
const instrument = () => {
  const state = { firstCard: 0, longTasks: [] as number[] };
  (window as unknown as { __gallery: typeof state }).__gallery = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('[role="list"] article')) {
      state.firstCard = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function firstCardsMs(page: Page, url: string) {
  await page.goto(url);
  await page.locator('[role="list"] article').first().waitFor();
  return page.evaluate(
    () => (window as unknown as { __gallery: { firstCard: number } }).__gallery.firstCard,
  );
}

/**
 * From the keydown to the frame after the results changed in the DOM; null when the keystroke did
 * not change them (then there is nothing to time).
 */
async function keystrokeMs(page: Page, key: string): Promise<number | null> {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[placeholder^="Name, OS"]')!;
    // The count line and the cards, not the whole page: "Updated N s ago" ticks on its own.
    const count = [...document.querySelectorAll('main p')].find((p) =>
      p.textContent?.startsWith('Showing'),
    )!;
    const cards = document.querySelector('[role="list"][aria-label="Images"]')!.parentElement!;
    const w = window as unknown as { __keystroke: Promise<number | null> };
    w.__keystroke = new Promise((resolve) => {
      let start = 0;
      input.addEventListener('keydown', () => (start = performance.now()), { once: true });
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start));
      });
      for (const target of [count, cards]) {
        observer.observe(target, { childList: true, subtree: true, characterData: true });
      }
      setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, 2000);
    });
  });
  await page.keyboard.press(key);
  return page.evaluate(
    () => (window as unknown as { __keystroke: Promise<number | null> }).__keystroke,
  );
}

async function longestTaskWhileScrolling(page: Page) {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    (window as unknown as { __gallery: { longTasks: number[] } }).__gallery.longTasks = [];
  });
  await page.mouse.move(700, 500);
  for (let step = 0; step < 60; step++) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(16);
  }
  return page.evaluate(() =>
    Math.max(
      0,
      ...(window as unknown as { __gallery: { longTasks: number[] } }).__gallery.longTasks,
    ),
  );
}

async function run(): Promise<BenchSection[]> {
  const running = await serveBuiltConsole(scale);
  const first: number[] = [];
  const firstRackspace: number[] = [];
  const keystrokes: number[] = [];
  const longest: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const browser = await openBrowser({ signIn: { consoleUrl: running.url, as: 'admin' } });
      try {
        await browser.page.addInitScript(instrument);
        first.push(await firstCardsMs(browser.page, `${running.url}/images`));
        await browser.page.locator('input[placeholder^="Name, OS"]').click();
        // Each keystroke narrows or widens the results, so each one changes what is shown.
        for (const key of [
          'f',
          'i',
          'n',
          'a',
          'Backspace',
          'Backspace',
          'Backspace',
          'Backspace',
        ]) {
          const ms = await keystrokeMs(browser.page, key);
          if (ms !== null) keystrokes.push(ms);
        }
        longest.push(await longestTaskWhileScrolling(browser.page));
        firstRackspace.push(
          await firstCardsMs(browser.page, `${running.url}/images?provider=rackspace&limit=100`),
        );
      } finally {
        await browser.close();
      }
    }
  } finally {
    await running.stop();
  }
  return [
    {
      name: 'gallery',
      setup: '2,000 Citrix + 10,000 Rackspace images, preview build, headless Chromium',
      figures: [
        {
          metric: 'first Citrix cards after navigation',
          value: median(first),
          unit: 'ms',
          runs,
          budget: { atMost: 1000 },
        },
        {
          metric: 'first Rackspace cards (100 a page)',
          value: median(firstRackspace),
          unit: 'ms',
          runs,
          budget: { atMost: 1000 },
        },
        {
          metric: 'search keystroke to updated results',
          value: median(keystrokes),
          unit: 'ms',
          runs: keystrokes.length,
          budget: { atMost: 50 },
        },
        {
          metric: 'longest long task scrolling cards (0 = none over 50 ms)',
          value: median(longest),
          unit: 'ms',
          runs,
          budget: { atMost: 200 },
        },
      ],
    },
  ];
}

export const galleryBenchmark = { name: 'gallery', run };

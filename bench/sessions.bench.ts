/// <reference lib="dom" />
/**
 * Sessions lookup at help-desk scale: 100,000 sessions in the simulator, the preview build in
 * headless Chromium. Every figure is the median of several runs.
 */
import type { Page } from 'playwright-core';
import { openBrowser } from '../tests/support/browser.ts';
import { serveBuiltConsole } from '../tests/support/serve-console.ts';
import { personFirstContent } from './person-view.ts';
import { pageOfAHundred, typedLookup } from './typed-lookup.ts';
import { personOnSeveralMachines, uniquelyTypedAccount } from './support/pick-users.ts';
import type { BenchSection } from './support/report.ts';
import { median } from './support/stats.ts';

const runs = 3;
const rowsSelector = 'table[aria-label="Sessions"] tbody tr:not([aria-hidden])';

/** Records long tasks (over 50 ms) from now on; `window.__longTasks` holds their durations. */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}
const longestTask = (page: Page) =>
  page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));

/** Rows the table's box shows on a 1280×720 screen: the list draws those (and a few more) only. */
const screenfulOfRows = 10;

/** When the first screenful of rows showed. */
async function firstPage(page: Page, url: string) {
  await page.goto('about:blank');
  await page.goto(`${url}/sessions`);
  // performance.now() counts from navigation start.
  const handle = await page.waitForFunction(
    ([selector, wanted]) =>
      document.querySelectorAll(selector as string).length >= (wanted as number) &&
      performance.now(),
    [rowsSelector, screenfulOfRows] as const,
    { polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

async function lookup(page: Page, account: string) {
  const box = page.getByRole('textbox', { name: 'Search sessions' });
  await box.fill('');
  await page.waitForFunction(pageOfAHundred);
  const started = await page.evaluate(() => performance.now());
  await box.fill(account);
  const handle = await page.waitForFunction(
    ([selector, wanted]) => {
      const rows = [...document.querySelectorAll(selector!)];
      const inTable = document.querySelector('table[aria-label="Sessions"]');
      return (
        rows.length > 0 &&
        Number(inTable?.getAttribute('aria-rowcount')) - 1 < 100 &&
        rows.every((r) => r.textContent?.includes(wanted!)) &&
        performance.now()
      );
    },
    [rowsSelector, account] as const,
    { polling: 'raf' },
  );
  return ((await handle.jsonValue()) as number) - started;
}

async function scroll1000(page: Page, url: string) {
  await page.goto(`${url}/sessions?size=1000`);
  await page.getByText(/Page 1 of 100 ·/).waitFor();
  await watchLongTasks(page);
  await page.evaluate(async () => {
    const scroller = document.querySelector('table[aria-label="Sessions"]')!.parentElement!;
    for (let top = 0; top < scroller.scrollHeight; top += 400) {
      scroller.scrollTop = top;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  return longestTask(page);
}

async function exportAll(page: Page, url: string) {
  await page.goto(`${url}/sessions`);
  await page.getByRole('button', { name: 'Export CSV' }).waitFor();
  await watchLongTasks(page);
  const started = Date.now();
  const download = page.waitForEvent('download', { timeout: 300_000 });
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await page.getByText(/Exported [\d,]+ of 100,000 sessions/).waitFor();
  await download;
  await page.getByText('Export finished.').waitFor({ timeout: 300_000 });
  return { totalMs: Date.now() - started, longestMs: await longestTask(page) };
}

export async function runSessionsBench(): Promise<BenchSection[]> {
  const running = await serveBuiltConsole({ SIM_SESSIONS: '100000' });
  const browser = await openBrowser({ signIn: { consoleUrl: running.url, as: 'admin' } });
  try {
    const { page } = browser;
    const firstScreenful: number[] = [];
    const lookups: number[] = [];
    const typedLookups: number[] = [];
    const personViews: number[] = [];
    const scrolls: number[] = [];
    const exports: number[] = [];
    const exportBlocking: number[] = [];
    await firstPage(page, running.url); // warm-up: compiles, caches the chunks
    const account = (await page.locator(rowsSelector).nth(12).locator('td').nth(1).innerText())
      .split('\n')
      .pop()!;
    const firstPageAccounts = (await page.locator(rowsSelector).all()).map(async (row) =>
      (await row.locator('td').nth(1).innerText()).split('\n').pop()!,
    );
    const typist = await uniquelyTypedAccount(
      running.url,
      browser.cookieHeader,
      await Promise.all(firstPageAccounts),
    );
    const person = await personOnSeveralMachines(running.url, browser.cookieHeader);
    console.log(
      `typing ${typist.typed}; person view of ${person.user}: ${person.sessions} sessions on ${person.machines} machines`,
    );
    await personFirstContent(page, running.url, person); // warm-up: the person route's chunks
    for (let i = 0; i < runs; i++) {
      firstScreenful.push(await firstPage(page, running.url));
      lookups.push(await lookup(page, account));
      typedLookups.push(await typedLookup(page, rowsSelector, typist.typed, typist.account));
      personViews.push(await personFirstContent(page, running.url, person));
      scrolls.push(await scroll1000(page, running.url));
      const exported = await exportAll(page, running.url);
      exports.push(exported.totalMs);
      exportBlocking.push(exported.longestMs);
    }
    return [
      {
        name: 'sessions lookup',
        setup: '100,000 sessions in the simulator, preview build, headless Chromium',
        figures: [
          {
            metric: 'first page: a screenful of rows visible after navigation',
            value: median(firstScreenful),
            unit: 'ms',
            runs,
            budget: { atMost: 500 },
          },
          {
            metric: 'user lookup answered after typing',
            value: median(lookups),
            unit: 'ms',
            runs,
            budget: { atMost: 500 },
          },
          {
            metric: 'user lookup typed 120 ms a key: last key to only their rows',
            value: median(typedLookups),
            unit: 'ms',
            runs,
            budget: { atMost: 300 },
          },
          {
            metric: 'person view, sessions on several machines: first content after navigation',
            value: median(personViews),
            unit: 'ms',
            runs,
            budget: { atMost: 500 },
          },
          {
            metric: 'longest long task scrolling 1,000 rows (0 = none over 50 ms)',
            value: median(scrolls),
            unit: 'ms',
            runs,
            budget: { atMost: 50 },
          },
          {
            metric: 'export of all 100,000 sessions to CSV',
            value: median(exports),
            unit: 'ms',
            runs,
          },
          {
            metric: 'longest long task during the export (0 = none over 50 ms)',
            value: median(exportBlocking),
            unit: 'ms',
            runs,
            budget: { atMost: 100 },
          },
        ],
      },
    ];
  } finally {
    await browser.close();
    await running.stop();
  }
}

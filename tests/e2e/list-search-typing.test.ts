/**
 * The catalogs and gallery search boxes under a slow cloud (every simulator answer takes
 * 800 ms): whatever the typing speed, each box shows exactly what was typed, in order, and never
 * puts old text back, while the URL catches up behind it. (The sessions box has its own test,
 * sessions-typing.test.ts, which also waits for the server's search.)
 */
import { describe, expect, it } from 'vitest';
import { withOwnConsole } from '../support/own-console.ts';
import { expectTypingKept } from './typing-support.ts';

describe('the catalogs and gallery search boxes with 800 ms of latency', () => {
  const own = withOwnConsole({ SIM_LATENCY_MS: '800' });

  it.each([30, 200])('catalogs: keeps every key typed %i ms apart', async (delay) => {
    const { page } = own.browser;
    await page.goto(`${own.url}/catalogs`);
    await page.getByRole('table', { name: 'Catalogs' }).getByRole('row').nth(1).waitFor();
    const box = page.getByRole('textbox', { name: 'Search catalogs' });
    await expectTypingKept(page, box, ['design', 'west europe'], {
      delay,
      settled: async (text) => {
        await page.waitForURL((url) => url.searchParams.get('q') === text);
        await page.getByText(/^\d+ of \d+ catalogs$/).waitFor();
      },
    });
    expect(own.browser.pageErrors).toEqual([]);
  });

  it.each([30, 200])('gallery: keeps every key typed %i ms apart', async (delay) => {
    const { page } = own.browser;
    await page.goto(`${own.url}/images`);
    await page.getByRole('list', { name: 'Images' }).getByRole('article').first().waitFor();
    const box = page.getByRole('textbox', { name: 'Search images' });
    await expectTypingKept(page, box, ['windows', 'ubuntu 22'], {
      delay,
      settled: async (text) => {
        await page.waitForURL((url) => url.searchParams.get('q') === text);
        await page
          .getByText(/^Showing \d+ of \d+ images|^No images match/)
          .first()
          .waitFor();
      },
    });
    expect(own.browser.pageErrors).toEqual([]);
  });
});

/**
 * The sessions search box under a slow cloud (every simulator answer takes 800 ms): whatever the
 * typing speed, the box shows exactly what was typed, in order, and never puts old text back,
 * while the URL and the searches catch up behind it.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { withOwnConsole } from '../support/own-console.ts';
import { expectTypingKept } from './typing-support.ts';

/**
 * The `$search` answer for the whole `text`: one asked for once the URL held it. (Chromium does not
 * show a streamed fetch body, so the request is told by the page's URL when it was sent.) The test
 * waits for results, not for time.
 */
function answered(page: Page, text: string) {
  const sentFor = new WeakMap<Request, string | null>();
  const onRequest = (request: Request) =>
    sentFor.set(request, new URL(page.url()).searchParams.get('q'));
  page.on('request', onRequest);
  const response = page
    .waitForResponse(
      (response) =>
        response.url().includes('/Sessions/$search') && sentFor.get(response.request()) === text,
      { timeout: 30_000 },
    )
    .finally(() => page.off('request', onRequest));
  // Handled here too, so a test that fails before awaiting it reports its own failure only.
  response.catch(() => undefined);
  return response;
}

describe('the sessions search box with 800 ms of latency', () => {
  const own = withOwnConsole({ SIM_LATENCY_MS: '800', SIM_SESSIONS: '2000' }, 'helpdesk');

  it.each([30, 200])(
    'keeps every key typed %i ms apart, and never brings old text back',
    async (delay) => {
      const { page } = own.browser;
      await page.goto(`${own.url}/sessions`);
      await page.getByRole('table', { name: 'Sessions' }).getByRole('row').nth(1).waitFor();
      const box = page.getByRole('textbox', { name: 'Search sessions' });
      await expectTypingKept(page, box, ['aisha.rossi', 'lee.wong'], {
        delay,
        settled: async (text) => {
          await answered(page, text);
          await page.waitForURL((url) => url.searchParams.get('q') === text);
          await page
            .getByText(/Page 1 of \d+ · \d+ sessions?|No sessions match/)
            .first()
            .waitFor();
        },
      });
      expect(own.browser.pageErrors).toEqual([]);
    },
  );
});

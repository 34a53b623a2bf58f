/**
 * The sessions search box under a slow cloud (every simulator answer takes 800 ms): whatever the
 * typing speed, the box shows exactly what was typed, in order, and never puts old text back,
 * while the URL and the searches catch up behind it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page, Request } from 'playwright-core';
import { openBrowser, type BrowserSession } from '../support/browser.ts';
import { serveBuiltConsole, type RunningConsole } from '../support/serve-console.ts';

interface Recorder {
  searchBoxValues: string[];
}

/** Records every value the box takes, sampled each frame and on each input event. */
async function recordValues(box: Locator) {
  await box.evaluate((element: HTMLInputElement) => {
    const values = [element.value];
    (window as unknown as Recorder).searchBoxValues = values;
    const sample = () => {
      if (element.value !== values.at(-1)) values.push(element.value);
    };
    element.addEventListener('input', sample);
    const everyFrame = () => {
      sample();
      requestAnimationFrame(everyFrame);
    };
    requestAnimationFrame(everyFrame);
  });
}

const recordedValues = (page: Page) =>
  page.evaluate(() => [...(window as unknown as Recorder).searchBoxValues]);

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

/** Values that only grow towards `text`: nothing lost, reordered or brought back. */
function expectTypedInOrder(values: string[], text: string) {
  expect(values.filter((value) => !text.startsWith(value))).toEqual([]);
  // Sorted by length (a stable sort), the values read the same unless one shrank back.
  expect(values).toEqual([...values].sort((a, b) => a.length - b.length));
}

/**
 * Types `text` into the focused box (clearing it first when asked), `delay` ms a key, and checks
 * the box reads `text` right after typing and again once its search is answered and in the URL.
 * Returns every value the box took meanwhile, starting with the one it had before.
 */
async function typeUntilAnswered(
  page: Page,
  box: Locator,
  text: string,
  delay: number,
  clear = false,
) {
  await recordValues(box);
  const answer = answered(page, text);
  if (clear) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  await page.keyboard.type(text, { delay });
  expect(await box.inputValue()).toBe(text);
  await answer;
  await page.waitForURL((url) => url.searchParams.get('q') === text);
  await page
    .getByText(/Page 1 of \d+ · \d+ sessions?|No sessions match/)
    .first()
    .waitFor();
  expect(await box.inputValue()).toBe(text);
  return recordedValues(page);
}

describe('the sessions search box with 800 ms of latency', () => {
  let running: RunningConsole;
  let browser: BrowserSession;
  beforeAll(async () => {
    running = await serveBuiltConsole({ SIM_LATENCY_MS: '800', SIM_SESSIONS: '2000' });
    browser = await openBrowser({ signIn: { consoleUrl: running.url, as: 'helpdesk' } });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it.each([30, 200])(
    'keeps every key typed %i ms apart, and never brings old text back',
    async (delay) => {
      const { page } = browser;
      await page.goto(`${running.url}/sessions`);
      await page.getByRole('table', { name: 'Sessions' }).getByRole('row').nth(1).waitFor();
      const box = page.getByRole('textbox', { name: 'Search sessions' });
      await box.click();

      expectTypedInOrder(await typeUntilAnswered(page, box, 'aisha.rossi', delay), 'aisha.rossi');
      const [before, ...afterClearing] = await typeUntilAnswered(
        page,
        box,
        'lee.wong',
        delay,
        true,
      );
      expect(before).toBe('aisha.rossi');
      expectTypedInOrder(afterClearing, 'lee.wong');
      expect(browser.pageErrors).toEqual([]);
    },
  );
});

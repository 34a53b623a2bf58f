import type { Locator, Page } from 'playwright-core';
import { tabTo } from '../support/keyboard.ts';

// What the console may say about a fault, in words (src/lib/api-problem-wording.ts).
export const faultWords =
  /Service unavailable|Too many requests|Incomplete response|Cannot reach the console server/;

export interface SettleOptions {
  /** Collects what each failed load said. */
  shown?: string[];
  /** Reach "Try again" with Tab and press Enter, as a keyboard user does, instead of clicking. */
  keyboard?: boolean;
}

/**
 * Waits for `target`; a first load that failed even after its retries shows an alert in words
 * with "Try again", which a user would press, and so does this.
 */
export async function settle(page: Page, target: Locator, options: SettleOptions = {}) {
  const failed = page.getByRole('main').getByRole('alert').filter({ hasText: faultWords });
  for (let attempt = 0; attempt < 4; attempt++) {
    await target.or(failed).first().waitFor({ timeout: 45_000 });
    if (await target.first().isVisible()) return;
    options.shown?.push(await failed.first().innerText());
    const again = failed.first().getByRole('button', { name: 'Try again' });
    if (!options.keyboard) await again.click();
    else {
      await tabTo(page, again, { maxPresses: 150 });
      await page.keyboard.press('Enter');
    }
  }
  await target.first().waitFor();
}

/**
 * Records, in the page, every "Retrying: …" the header shows and every alert's text, so a test
 * can check afterwards what the user was told along the way.
 */
export async function watchShownProblems(page: Page) {
  const seen = { retrying: [] as string[], texts: [] as string[] };
  await page.exposeFunction('__reportShown', (kind: 'retrying' | 'alert', text: string) => {
    const list = kind === 'retrying' ? seen.retrying : seen.texts;
    if (!list.includes(text)) list.push(text);
  });
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportShown: (k: string, t: string) => void })
      .__reportShown;
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('header [role="status"]')) {
        const text = status.textContent ?? '';
        if (text.startsWith('Retrying')) report('retrying', text);
      }
      for (const alert of document.querySelectorAll('[role="alert"]'))
        report('alert', alert.textContent ?? '');
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return seen;
}

/**
 * Answers the next request to `url` with cvad/manage's 503 and a `Retry-After` of 1 s, as the
 * simulator's injected fault does (server/simulator/cvad-manage/errors.ts), instead of sending
 * it: one read the console has to retry for certain, whatever the random faults happen to hit.
 */
export function refuseNextWithUnavailable(page: Page, url: RegExp) {
  return page.route(
    url,
    (route) =>
      route.fulfill({
        status: 503,
        headers: { 'Retry-After': '1' },
        contentType: 'application/json',
        body: JSON.stringify({
          ErrorMessage:
            'Service is temporarily unable to process the request; retry with exponential back-off',
          SdkErrorId: 'ServiceUnavailable',
        }),
      }),
    { times: 1 },
  );
}

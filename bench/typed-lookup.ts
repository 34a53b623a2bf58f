/// <reference lib="dom" />
import type { Page } from 'playwright-core';

interface TypingTimes {
  __lastKeyAt?: number;
  __answeredAt?: number;
}

/**
 * A page script: true once the sessions table holds a page of 100 (its row count: it draws only
 * the rows in view). A string, as tsx would wrap a function in a helper the page does not have.
 */
export const pageOfAHundred =
  'Number(document.querySelector(\'table[aria-label="Sessions"]\')?.getAttribute("aria-rowcount")) - 1 >= 100';

/**
 * An agent typing a name into the search box, 120 ms a key (a steady typist): from the last key
 * (the input event that completes the name) to the first animation frame whose table holds only
 * that person's sessions, every row's account theirs. The name finds no one else, so the answer to
 * part of it (shown meanwhile) cannot pass for the answer to all of it.
 */
export async function typedLookup(
  page: Page,
  rowsSelector: string,
  typed: string,
  account: string,
) {
  const box = page.getByRole('textbox', { name: 'Search sessions' });
  await box.fill('');
  await page.waitForFunction(pageOfAHundred);
  await box.evaluate(
    (element: HTMLInputElement, [selector, wanted, theirs]) => {
      const times = window as unknown as TypingTimes;
      times.__lastKeyAt = undefined;
      times.__answeredAt = undefined;
      element.addEventListener('input', () => {
        if (element.value === wanted) times.__lastKeyAt = performance.now();
      });
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      void (async () => {
        for (;;) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          if (times.__lastKeyAt === undefined) continue;
          const rows = [...document.querySelectorAll<HTMLElement>(selector)];
          const inTable = document.querySelector('table[aria-label="Sessions"]');
          if (
            rows.length > 0 &&
            Number(inTable?.getAttribute('aria-rowcount')) - 1 < 100 &&
            rows.every(
              (row) => row.querySelectorAll('td')[1]?.innerText.split('\n').pop() === theirs,
            )
          ) {
            times.__answeredAt = performance.now();
            return;
          }
        }
      })();
    },
    [rowsSelector, typed, account] as const,
  );
  await box.focus();
  await page.keyboard.type(typed, { delay: 120 });
  const handle = await page.waitForFunction(() => {
    const times = window as unknown as TypingTimes;
    return times.__answeredAt !== undefined && times.__answeredAt - times.__lastKeyAt!;
  });
  return (await handle.jsonValue()) as number;
}

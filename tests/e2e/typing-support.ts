/// <reference lib="dom" />
/**
 * What the search-box typing tests share: a record of every value a box takes (each frame and
 * each input event), and the check that those values only ever grew towards what was typed.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

interface Recorder {
  searchBoxValues: string[];
}

/** Starts recording every value the box takes, beginning with the one it has now. */
export async function recordValues(box: Locator) {
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

export const recordedValues = (page: Page) =>
  page.evaluate(() => [...(window as unknown as Recorder).searchBoxValues]);

/** Values that only grow towards `text`: nothing lost, reordered or brought back. */
export function expectTypedInOrder(values: string[], text: string) {
  expect(values.filter((value) => !text.startsWith(value))).toEqual([]);
  // Sorted by length (a stable sort), the values read the same unless one shrank back.
  expect(values).toEqual([...values].sort((a, b) => a.length - b.length));
}

export interface TypingOptions {
  /** ms between keys. */
  delay: number;
  /** Select all and delete first. */
  clear?: boolean;
  /** Resolves once the page has taken `text` in (URL written, results shown). */
  settled: (text: string) => Promise<unknown>;
}

/**
 * Types `text` into the focused box, and checks the box reads `text` right after typing and
 * again once the page has settled on it. Returns every value the box took meanwhile, starting
 * with the one it had before.
 */
export async function typeUntilSettled(
  page: Page,
  box: Locator,
  text: string,
  { delay, clear = false, settled }: TypingOptions,
) {
  await recordValues(box);
  const done = settled(text);
  // Handled here too, so a test that fails before awaiting it reports its own failure only.
  done.catch(() => undefined);
  if (clear) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  await page.keyboard.type(text, { delay });
  expect(await box.inputValue()).toBe(text);
  await done;
  expect(await box.inputValue()).toBe(text);
  return recordedValues(page);
}

/**
 * Types `first`, then clears the box and types `second`, each `delay` ms a key, checking neither
 * loses, reorders or brings back a character.
 */
export async function expectTypingKept(
  page: Page,
  box: Locator,
  [first, second]: [string, string],
  options: Omit<TypingOptions, 'clear'>,
) {
  await box.click();
  expectTypedInOrder(await typeUntilSettled(page, box, first, options), first);
  const [before, ...afterClearing] = await typeUntilSettled(page, box, second, {
    ...options,
    clear: true,
  });
  expect(before).toBe(first);
  expectTypedInOrder(afterClearing, second);
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser.ts';
import { describeFocus } from '../support/keyboard.ts';

/**
 * The keyboard tests' focus check (`describeFocus`) against focus rings a person can and cannot
 * see, on a page of its own: a ring that an ancestor's cut overflow hides entirely must fail it,
 * whether it is drawn as an outline or as a box-shadow.
 */
describe('the keyboard tests’ focus check', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
    await browser.page.setContent(`
      <style>
        .cut { overflow: hidden; display: inline-block; }
        button { border: 0; margin: 0; padding: 4px 8px; display: block; }
        .outline:focus-visible { outline: 2px solid blue; outline-offset: 2px; }
        .shadow:focus-visible { outline: none; box-shadow: 0 0 0 3px blue; }
        .inset:focus-visible { outline: none; box-shadow: inset 0 0 0 3px blue; }
        .roomy { padding: 8px; }
      </style>
      <div class="cut"><button class="outline" id="outline-cut">Outline, cut</button></div>
      <div class="cut roomy"><button class="outline" id="outline-shown">Outline</button></div>
      <div class="cut"><button class="shadow" id="shadow-cut">Shadow, cut</button></div>
      <div class="cut roomy"><button class="shadow" id="shadow-shown">Shadow</button></div>
      <div class="cut"><button class="inset" id="inset">Inset</button></div>
    `);
  });
  afterAll(() => browser.close());

  it.each([
    ['an outline inside a box that cuts it off', 'outline-cut', false],
    ['an outline with room around it', 'outline-shown', true],
    ['a box-shadow ring inside a box that cuts it off', 'shadow-cut', false],
    ['a box-shadow ring with room around it', 'shadow-shown', true],
    ['an inset box-shadow ring, drawn inside the element', 'inset', true],
  ])('says whether focus shows: %s', async (_what, id, visible) => {
    const { page } = browser;
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    // Tab from the button before it (or from the page's top), so that `:focus-visible` applies.
    await page.evaluate((target) => {
      const buttons = [...document.querySelectorAll('button')];
      buttons[buttons.findIndex((button) => button.id === target) - 1]?.focus();
    }, id);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
    expect((await describeFocus(page)).visible).toBe(visible);
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser.ts';
import { pickRolloutFromEnd } from '../support/catalog-facts.ts';
import { describeFocus, tabTo } from '../support/keyboard.ts';

const consoleUrl = inject('consoleUrl');

/**
 * The update-image wizard with the keyboard only: Tab, Shift+Tab, Enter, Space and arrow keys,
 * never the mouse. Every control on the way must be reachable and show where focus is.
 */
describe('the update-image wizard, keyboard only', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser({ signIn: { consoleUrl, as: 'admin' } });
  });
  afterAll(() => browser.close());

  it('goes from the catalog page through every step to a started rollout', async () => {
    const { catalog, image } = await pickRolloutFromEnd(consoleUrl, browser.cookieHeader);
    const { page } = browser;
    const main = page.getByRole('main');
    await page.goto(`${consoleUrl}/catalogs/${catalog.id}`);
    await page.getByRole('heading', { level: 1, name: catalog.name }).waitFor();

    await tabTo(page, main.getByRole('link', { name: 'Update image' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rollouts\/new\?/);
    await page.getByText('Pre-flight check passed').waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Next' }));
    await page.keyboard.press('Enter');

    // Image step: Tab into the radio group, then arrow keys move the choice, as in any radio group.
    const wanted = page.getByRole('radio', { name: image.name, exact: true });
    await wanted.waitFor();
    // Past the image search and the order, into the list of images.
    const imageList = page.getByRole('table', { name: 'Images this catalog can take' });
    await tabTo(page, imageList.getByRole('radio').and(page.locator(':not([disabled])')).first());
    for (let presses = 0; !(await wanted.isChecked()) && presses < 100; presses++) {
      await page.keyboard.press('ArrowDown');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.matches(':checked')))
        .toBe(true);
    }
    expect(await wanted.isChecked()).toBe(true);
    expect((await describeFocus(page)).visible).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Next' }));
    await page.keyboard.press('Space');

    // Settings: spread the restarts, then type the minutes.
    const spread = page.getByRole('radio', { name: /Spread over a number of minutes/ });
    await tabTo(page, page.getByRole('radio', { checked: true }));
    for (let presses = 0; !(await spread.isChecked()) && presses < 5; presses++) {
      await page.keyboard.press('ArrowDown');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.matches(':checked')))
        .toBe(true);
    }
    expect(await spread.isChecked()).toBe(true);
    await tabTo(page, page.getByRole('textbox', { name: 'Minutes to spread the restarts over' }));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('30');
    await tabTo(page, page.getByRole('button', { name: 'Next' }));
    await page.keyboard.press('Enter');

    // Review: what will be sent, then back and forth between Back and Start rollout.
    const request = page.getByLabel('Request to be sent');
    await request.waitFor();
    expect(await request.innerText()).toContain(`"templateId": "${image.id}"`);
    expect(await request.innerText()).toContain('"vdaUpdateDelay": 30');
    const start = page.getByRole('button', { name: 'Start rollout' });
    await tabTo(page, start);
    await tabTo(page, page.getByRole('button', { name: 'Back' }), { key: 'Shift+Tab' });
    await tabTo(page, start);
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/rollouts\/[0-9a-f-]{36}$/);
    await page.getByText('Updating the catalog image').waitFor();
    expect(browser.pageErrors).toEqual([]);
  });
});

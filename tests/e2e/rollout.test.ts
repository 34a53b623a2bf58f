import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser.ts';
import { findRollout, readCatalogService } from '../support/catalog-facts.ts';
import type { Locator } from 'playwright-core';

const consoleUrl = inject('consoleUrl');

/**
 * Chooses a radio and waits until the page shows it chosen. The wizard keeps its choices in the
 * URL, so the radio turns checked only once the router has applied the navigation; Playwright's
 * `check()` would look too early.
 */
async function choose(radio: Locator) {
  await radio.click();
  await expect.poll(() => radio.isChecked()).toBe(true);
}

describe('rolling a new image out to a catalog, in Chromium through the proxy', () => {
  let browser: BrowserSession;
  const used: string[] = [];

  beforeAll(async () => {
    browser = await openBrowser({ signIn: { consoleUrl, as: 'admin' } });
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('goes from the catalog page through the wizard to Active, surviving a reload mid-way', async () => {
    const { catalogs, images } = await readCatalogService(consoleUrl, browser.cookieHeader);
    const { catalog, image } = findRollout(catalogs, images, { skip: used });
    used.push(catalog.id);
    const { page } = browser;

    await page.goto(`${consoleUrl}/catalogs?q=${encodeURIComponent(catalog.name)}`);
    await page
      .getByRole('table', { name: 'Catalogs' })
      .getByRole('link', { name: catalog.name, exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: catalog.name }).waitFor();
    await page.getByRole('link', { name: 'Update image' }).click();

    await page.getByText('Pre-flight check passed').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await choose(page.getByRole('radio', { name: image.name, exact: true }));
    await page.getByRole('button', { name: 'Next' }).click();
    await choose(page.getByRole('radio', { name: /Spread over a number of minutes/ }));
    await page.getByRole('textbox', { name: 'Minutes to spread the restarts over' }).fill('30');
    await page.getByRole('button', { name: 'Next' }).click();
    const request = page.getByLabel('Request to be sent');
    await request.waitFor();
    expect(await request.innerText()).toContain(`"templateId": "${image.id}"`);
    expect(await request.innerText()).toContain('"vdaUpdateDelay": 30');
    await page.getByText(/Impact on users/).waitFor();
    await page.screenshot({ path: 'test-results/rollout-review.png', fullPage: true });

    await page.getByRole('button', { name: 'Start rollout' }).click();
    await page.waitForURL(/\/rollouts\/[0-9a-f-]{36}$/);
    await page.getByText('Updating the catalog image').waitFor();
    await page.screenshot({ path: 'test-results/rollout-progress.png', fullPage: true });

    await page.reload();
    await page
      .getByRole('main')
      .getByText('Image updated; the catalog is active', { exact: true })
      .waitFor({ timeout: 40_000 });
    // The finish is also notified, wherever the user is.
    await page.getByText(`${catalog.name}: Image updated; the catalog is active`).waitFor();
    await page.screenshot({ path: 'test-results/rollout-done.png', fullPage: true });
    await page.getByRole('link', { name: 'Revert to previous image' }).waitFor();

    await page.getByRole('link', { name: catalog.name }).first().click();
    const imageGroup = page.getByRole('heading', { name: 'Image', exact: true }).locator('..');
    await imageGroup.getByRole('link', { name: image.name }).waitFor();
    await page.getByRole('table', { name: 'Rollout history' }).getByText('Finished').waitFor();
    expect(browser.pageErrors).toEqual([]);
  });

  it('rolls out the image that fails verification, ends in a clear error, and leaves the catalog ready for a fixed image', async () => {
    const { catalogs, images } = await readCatalogService(consoleUrl, browser.cookieHeader);
    const { catalog, image } = findRollout(catalogs, images, { failing: true, skip: used });
    used.push(catalog.id);
    const { page } = browser;

    await page.goto(`${consoleUrl}/rollouts/new?catalog=${catalog.id}&image=${image.id}`);
    await page.getByText('Pre-flight check passed').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await page.getByRole('radio', { name: image.name, exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Next' }).click();
    await choose(page.getByRole('radio', { name: /On next shutdown/ }));
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Request to be sent').waitFor();
    const goAhead = page.getByRole('checkbox', { name: /I have read the warning/ });
    if (await goAhead.isVisible()) await goAhead.check();
    await page.getByRole('button', { name: 'Start rollout' }).click();

    await page
      .getByRole('main')
      .getByText('The image update failed', { exact: true })
      .waitFor({ timeout: 40_000 });
    await page.getByText(`${catalog.name}: The image update failed`).waitFor();
    const alert = page.getByRole('main').getByRole('alert').filter({ hasText: 'What to do' });
    expect(await alert.innerText()).toContain('keeps its previous image');
    expect(await page.getByRole('main').innerText()).toContain('failed verification');
    await page.screenshot({ path: 'test-results/rollout-failed.png', fullPage: true });

    // Not a dead end: the catalog kept its previous image and says so, and takes the next one.
    await page.goto(`${consoleUrl}/catalogs/${catalog.id}`);
    await page.getByRole('alert', { name: 'The image was rolled back' }).waitFor();
    expect(await page.getByRole('main').innerText()).toContain('kept its previous image');
    await page.goto(`${consoleUrl}/rollouts/new?catalog=${catalog.id}`);
    await page.getByText('Pre-flight check passed').waitFor();
    expect(await page.getByRole('button', { name: 'Next' }).isEnabled()).toBe(true);
    expect(browser.pageErrors).toEqual([]);
  });

  it('asks for a second look at a deprecated image, another OS, an older VDA and a restart now, and names who it logs off', async () => {
    const { catalogs, images } = await readCatalogService(consoleUrl, browser.cookieHeader);
    const pair = catalogs
      .filter((c) => c.state === 'Active' && !used.includes(c.id))
      .flatMap((catalog) =>
        images
          .filter(
            (i) =>
              i.isDeprecated &&
              i.state === 'Ready' &&
              i.sessionSupport === catalog.sessionSupport &&
              i.id !== catalog.imageId,
          )
          .map((image) => ({ catalog, image })),
      )[0];
    if (!pair) throw new Error('No deprecated Ready image an Active catalog could take');
    const { catalog, image } = pair;
    const { page } = browser;

    await page.goto(`${consoleUrl}/rollouts/new?catalog=${catalog.id}&image=${image.id}`);
    await page.getByText('Pre-flight check passed').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await choose(page.getByRole('radio', { name: /^Now/ }));
    await page.getByRole('button', { name: 'Next' }).click();

    const warnings = page.getByRole('alert', { name: 'Check before you start' });
    await warnings.waitFor();
    const said = await warnings.innerText();
    expect(said).toContain(`${image.name} is deprecated`);
    expect(said).toContain('logs off every session');
    // The simulator's deprecated images are older Windows Server builds with an older VDA, so the
    // first such pair (its data is seeded) also changes OS family and goes back a VDA.
    expect(said).toContain('The operating system changes');
    expect(said).toContain('older VDA');
    const start = page.getByRole('button', { name: /^Start rollout and log off/ });
    await expect
      .poll(() => start.innerText())
      .toMatch(/log off (\d+ sessions?|every session) now$/);
    expect(await start.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: /I have read the warnings/ }).check();
    expect(await start.isEnabled()).toBe(true);
    await page.screenshot({ path: 'test-results/rollout-second-look.png', fullPage: true });
    // Not started: this test is about the question, not the rollout.
    expect(browser.pageErrors).toEqual([]);
  });
});

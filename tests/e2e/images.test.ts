import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser.ts';

const consoleUrl = inject('consoleUrl');

describe('the image gallery, built and served with the proxy on the simulator', () => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser({ signIn: { consoleUrl, as: 'admin' } });
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('filters, opens a detail page, pages through Rackspace and restores the view on reload', async () => {
    const { page } = browser;
    await page.goto(`${consoleUrl}/images`);
    const cards = page.getByRole('list', { name: 'Images' }).getByRole('article');
    await cards.first().waitFor();

    // Filter by state in the browser: only failed images remain, and the URL says so.
    await page.getByRole('combobox', { name: 'State' }).click();
    await page.getByRole('option', { name: 'Failed' }).click();
    await page.waitForURL(/state=failed/);
    await page.getByText(/^Showing \d+ of \d+ Citrix images$/).waitFor();
    const states = await cards
      .locator('[data-tone]')
      .evaluateAll((badges) =>
        badges.filter((b) => b.tagName !== 'ARTICLE').map((b) => b.getAttribute('data-tone')),
      );
    expect(states.length).toBeGreaterThan(0);
    expect(new Set(states)).toEqual(new Set(['failed']));

    // A detail page says why the image cannot be rolled out; Back returns to the filtered view.
    const firstName = await cards.first().getAttribute('aria-label');
    await cards.first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: firstName! }).waitFor();
    await page.getByRole('table', { name: 'Image details' }).waitFor();
    await page.getByRole('alert', { name: 'Cannot be rolled out' }).waitFor();
    await page.goBack();
    await page.waitForURL(/\/images\?state=failed$/);
    await cards.first().waitFor();

    // Rackspace, 25 a page: next and previous through the marker stack.
    // Mantine's segmented control hides its radios behind their labels.
    await page.locator('label', { hasText: 'Rackspace Cloud Servers' }).click();
    await page.waitForURL(/provider=rackspace/);
    await page.getByRole('combobox', { name: 'Page size' }).click();
    await page.getByRole('option', { name: '25', exact: true }).click();
    await page.waitForURL(/limit=25/);
    await page.locator('label', { hasText: /^Table$/ }).click();
    const table = page.getByRole('table', { name: 'Images' });
    const firstRowName = () => table.getByRole('link').first().innerText();
    await table.getByRole('link').first().waitFor();
    const pageOneFirst = await firstRowName();
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('Page 2').waitFor();
    await expect.poll(firstRowName).not.toBe(pageOneFirst);
    await page.getByRole('button', { name: 'Previous page' }).click();
    await page.getByText('Page 1').waitFor();
    await expect.poll(firstRowName).toBe(pageOneFirst);
    await page.screenshot({ path: 'test-results/e2e-images-rackspace.png' });

    // Reload: the address alone brings back the same view.
    const address = page.url();
    expect(new URL(address).searchParams.get('view')).toBe('table');
    await page.reload();
    await table.getByRole('link').first().waitFor();
    expect(page.url()).toBe(address);
    expect(await page.getByRole('radio', { name: 'Rackspace Cloud Servers' }).isChecked()).toBe(
      true,
    );
    expect(await page.getByRole('combobox', { name: 'Page size' }).inputValue()).toBe('25');
    expect(await firstRowName()).toBe(pageOneFirst);
    expect(browser.pageErrors).toEqual([]);
  });

  it('shows a clear not-found page for an unknown image ID', async () => {
    const { page } = browser;
    await page.goto(`${consoleUrl}/images/citrix/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Image not found' }).waitFor();
    await page.getByRole('link', { name: 'Back to all images' }).click();
    await page.waitForURL(/\/images$/);
  });
});

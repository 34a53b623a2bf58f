import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, settleStyles } from '../support/axe.ts';
import { openBrowser, type BrowserSession } from '../support/browser.ts';
import { pickRolloutFromEnd } from '../support/catalog-facts.ts';

const consoleUrl = inject('consoleUrl');
const schemes = ['light', 'dark'] as const;
type Scheme = (typeof schemes)[number];

/**
 * Every page of the console, scanned with axe-core in the light and the dark scheme; any
 * violation fails. Each page is shown by navigating to it afresh, so the scheme chosen before
 * (stored where Mantine keeps it) is the one the page starts in, as it is for a returning user.
 */
describe('accessibility of every page, in both color schemes (axe-core)', () => {
  let browser: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser({ signIn: { consoleUrl, as: 'admin' } });
    page = browser.page;
    await page.goto(`${consoleUrl}/settings`);
  });
  afterAll(() => browser.close());

  async function scanInBothSchemes(where: string, show: () => Promise<void>) {
    const found: string[] = [];
    for (const scheme of schemes) {
      await page.evaluate(
        (s: Scheme) => localStorage.setItem('daas-console-color-scheme', s),
        scheme,
      );
      await show();
      expect(await page.locator('html').getAttribute('data-mantine-color-scheme')).toBe(scheme);
      await settleStyles(page);
      found.push(...(await axeViolations(page, `${where} (${scheme})`)));
    }
    return found;
  }

  const heading = (name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name }).waitFor();

  it('Images: the Citrix gallery and the Rackspace gallery', async () => {
    const citrix = await scanInBothSchemes('/images', async () => {
      await page.goto(`${consoleUrl}/images`);
      await page.locator('[role="list"] article').first().waitFor();
    });
    const rackspace = await scanInBothSchemes('/images?provider=rackspace', async () => {
      await page.goto(`${consoleUrl}/images?provider=rackspace`);
      await page.locator('[role="list"] article').first().waitFor();
    });
    expect([...citrix, ...rackspace]).toEqual([]);
  });

  it('an image’s page, Citrix and Rackspace', async () => {
    const found: string[] = [];
    for (const provider of ['citrix', 'rackspace']) {
      await page.goto(`${consoleUrl}/images?provider=${provider}`);
      const link = page.locator('[role="list"] article a').first();
      await link.waitFor();
      const href = (await link.getAttribute('href'))!;
      found.push(
        ...(await scanInBothSchemes(href, async () => {
          await page.goto(`${consoleUrl}${href}`);
          await page.getByRole('heading', { level: 1 }).waitFor();
          await page.getByText('Loading').waitFor({ state: 'detached' });
        })),
      );
    }
    expect(found).toEqual([]);
  });

  it('Catalogs and a catalog’s page', async () => {
    const list = await scanInBothSchemes('/catalogs', async () => {
      await page.goto(`${consoleUrl}/catalogs`);
      await page.getByRole('table', { name: 'Catalogs' }).getByRole('link').first().waitFor();
    });
    const href = (await page
      .getByRole('table', { name: 'Catalogs' })
      .getByRole('link')
      .first()
      .getAttribute('href'))!;
    const detail = await scanInBothSchemes(href, async () => {
      await page.goto(`${consoleUrl}${href}`);
      await page.getByRole('link', { name: 'Update image' }).waitFor();
    });
    expect([...list, ...detail]).toEqual([]);
  });

  it('every step of the update-image wizard, and the rollout’s progress page', async () => {
    const { catalog, image } = await pickRolloutFromEnd(consoleUrl, browser.cookieHeader);
    const start = `${consoleUrl}/rollouts/new?catalog=${catalog.id}&image=${image.id}`;
    const next = () => page.getByRole('button', { name: 'Next' }).click();
    const steps: [string, () => Promise<void>][] = [
      ['catalog step', () => page.getByText('Pre-flight check passed').waitFor()],
      ['image step', () => page.getByRole('radio', { name: image.name, exact: true }).waitFor()],
      ['settings step', () => page.getByRole('radio', { name: /On next shutdown/ }).waitFor()],
      ['review step', () => page.getByLabel('Request to be sent').waitFor()],
    ];
    const found: string[] = [];
    for (const [index, [step, shown]] of steps.entries()) {
      found.push(
        ...(await scanInBothSchemes(`wizard ${step}`, async () => {
          await page.goto(start);
          await steps[0]![1]();
          for (let i = 0; i < index; i++) await next();
          await shown();
        })),
      );
    }
    // The wizard is still on its review step: start the rollout and scan its progress page.
    await page.getByRole('button', { name: 'Start rollout' }).click();
    await page.waitForURL(/\/rollouts\/[0-9a-f-]{36}$/);
    const progress = page.url();
    found.push(
      ...(await scanInBothSchemes('rollout progress', async () => {
        await page.goto(progress);
        await page.getByRole('heading', { level: 1, name: 'Image rollout' }).waitFor();
        await page.getByText(catalog.name).first().waitFor();
      })),
    );
    expect(found).toEqual([]);
  });

  it('Sessions and a session’s details drawer', async () => {
    const rows = page.getByRole('table', { name: 'Sessions' }).getByRole('link');
    const list = await scanInBothSchemes('/sessions', async () => {
      await page.goto(`${consoleUrl}/sessions`);
      await rows.first().waitFor();
    });
    const href = (await rows.first().getAttribute('href'))!;
    const drawer = await scanInBothSchemes('session details', async () => {
      await page.goto(`${consoleUrl}${href}`);
      await page.getByRole('dialog').getByRole('region', { name: 'Machine' }).waitFor();
    });
    expect([...list, ...drawer]).toEqual([]);
    // Four axe scans, two of a 50-row table (the smallest page): about 50 s on two cores.
  }, 120_000);

  it('Settings and the not-found page', async () => {
    const settings = await scanInBothSchemes('/settings', async () => {
      await page.goto(`${consoleUrl}/settings`);
      await heading('Settings');
      await page.getByRole('main').getByRole('button', { name: 'Test connection' }).waitFor();
    });
    const notFound = await scanInBothSchemes('not found', async () => {
      await page.goto(`${consoleUrl}/no/such/page`);
      await heading(/not found/i);
    });
    expect([...settings, ...notFound]).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});

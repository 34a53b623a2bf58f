import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { withOwnConsole } from '../support/own-console.ts';
import { findRollout, readCatalogService } from '../support/catalog-facts.ts';
import {
  faultWords,
  refuseNextWithUnavailable,
  settle,
  watchShownProblems,
} from './resilience-support.ts';

describe('under 20% 5xx, 429 storms, resets, malformed JSON and a 4 s token', () => {
  const own = withOwnConsole({
    SIM_FAULT_5XX_RATE: '0.2',
    SIM_FAULT_RATE_LIMIT_RATE: '0.05',
    SIM_RETRY_AFTER_SECONDS: '1',
    SIM_FAULT_RESET_RATE: '0.05',
    SIM_FAULT_MALFORMED_RATE: '0.05',
    SIM_CITRIX_TOKEN_TTL_SECONDS: '4',
    SIM_ROLLOUT_SECONDS: '8',
    SIM_SESSIONS: '300',
  });
  const writes: string[] = [];

  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true });
    own.browser.page.on('request', (request) => {
      if (request.method() === 'POST' && /\/\$(updateImage|logoff)/.test(request.url()))
        writes.push(new URL(request.url()).pathname.split('/$')[1] ?? '');
    });
  });

  it('walks gallery → catalog → a rollout to its end → sessions, sending each write once', async () => {
    const { page } = own.browser;
    const problems = await watchShownProblems(page);
    const afterRetries: string[] = [];

    await page.goto(`${own.url}/images`);
    await settle(page, page.getByRole('article'), { shown: afterRetries });

    const { catalogs, images } = await readCatalogService(own.url, own.browser.cookieHeader);
    const { catalog, image } = findRollout(catalogs, images);
    await page.goto(`${own.url}/catalogs/${catalog.id}`);
    await settle(page, page.getByRole('heading', { level: 1, name: catalog.name }), {
      shown: afterRetries,
    });

    await page.goto(`${own.url}/rollouts/new?catalog=${catalog.id}&image=${image.id}`);
    await settle(page, page.getByText('Pre-flight check passed'), { shown: afterRetries });
    for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Request to be sent').waitFor();
    let clicks = 0;
    while (!/\/rollouts\/[0-9a-f-]{36}$/.test(page.url())) {
      expect(clicks, 'the rollout was refused five times in a row').toBeLessThan(5);
      await page.getByRole('button', { name: 'Start rollout' }).click();
      clicks += 1;
      const failed = page.getByText('The rollout request failed');
      // Whichever comes first: the progress page, or the failure said in words.
      await Promise.race([
        page.waitForURL(/\/rollouts\/[0-9a-f-]{36}$/, { timeout: 30_000 }),
        failed.waitFor({ timeout: 30_000 }),
      ]).catch(() => {});
      if (!(await failed.isVisible())) continue;
      // The console never resends by itself; after a maybe-accepted failure it asks to check.
      const check = page.getByRole('button', { name: 'Check the catalog’s state' });
      if (await check.isVisible()) {
        await check.click();
        await page.getByText('The catalog did not change').waitFor({ timeout: 30_000 });
      }
    }
    expect(writes.filter((write) => write === 'updateImage')).toHaveLength(clicks);
    await page
      .getByRole('main')
      .getByText('Image updated; the catalog is active', { exact: true })
      .waitFor({ timeout: 60_000 });
    await page.screenshot({ path: 'test-results/resilience-rollout-done.png' });

    // The random faults may miss every read that the header could be seen retrying (they
    // did once); this one is refused for certain.
    await refuseNextWithUnavailable(page, /\/Sessions\/\$search/);
    await page.goto(`${own.url}/sessions`);
    const table = page.getByRole('table', { name: 'Sessions' });
    await settle(page, table.getByRole('link'), { shown: afterRetries });
    await table.getByRole('link').first().click();
    const drawer = page.getByRole('dialog', { name: /^Session of / });
    await settle(page, drawer.getByRole('button', { name: 'Log off' }), { shown: afterRetries });
    await drawer.getByRole('button', { name: 'Log off' }).click();
    const confirm = page.getByRole('dialog', { name: 'Log off: 1 session' });
    await confirm.getByRole('button', { name: 'Log off' }).click();
    // Done, or refused and said so in words: either way it was sent exactly once.
    const outcome = confirm.getByText(/^Done: /).or(confirm.getByText('1 did not succeed'));
    await outcome.first().waitFor({ timeout: 45_000 });
    if (await confirm.getByText('1 did not succeed').isVisible()) {
      expect(await confirm.innerText()).toMatch(/could not answer|limiting|cut short|reach/);
    }
    await page.screenshot({ path: 'test-results/resilience-session-action.png' });
    expect(writes.filter((write) => write === 'logoff')).toEqual(['logoff']);

    // While retrying, the header said what it was riding out, in words (the sessions read
    // refused above at least).
    expect(problems.retrying.some((text) => text.startsWith('Retrying: Service unavailable'))).toBe(
      true,
    );
    for (const text of problems.retrying) expect(text).toMatch(faultWords);
    for (const text of afterRetries) expect(text).toMatch(faultWords);
    expect(problems.texts.join('\n')).not.toMatch(/Cloud credentials were rejected/);
    const unexpected = own.browser.pageErrors.filter(
      (error) => !/Failed to load resource/.test(error),
    );
    expect(unexpected).toEqual([]);
    console.info('resilience walk:', { clicks, retrying: problems.retrying, afterRetries });
  });
});

describe('with 2 s of latency on every call and a Citrix token that lives 3 s', () => {
  // Each token is refreshed 1.5 s before it ends, yet a request that left just before that
  // reaches the check 2 s later: the token expires while the request is on its way.
  const own = withOwnConsole({
    SIM_LATENCY_MS: '2000',
    SIM_CITRIX_TOKEN_TTL_SECONDS: '3',
    SIM_SESSIONS: '300',
  });

  it('shows it is loading, then the data, and rides out tokens expiring mid-use', async () => {
    const { page } = own.browser;
    const problems = await watchShownProblems(page);
    const refusals: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 401) refusals.push(new URL(response.url()).pathname);
    });
    await page.goto(`${own.url}/catalogs`);
    await page.getByRole('main').getByLabel('Loading').waitFor();
    const catalogLinks = page.getByRole('table', { name: 'Catalogs' }).getByRole('link');
    await catalogLinks.first().waitFor({ timeout: 30_000 });
    // By now the first token has expired: the next pages are read with fresh ones.
    await page.goto(`${own.url}/sessions`);
    const sessionLinks = page.getByRole('table', { name: 'Sessions' }).getByRole('link');
    await sessionLinks.first().waitFor({ timeout: 30_000 });
    await page.goto(`${own.url}/catalogs`);
    await catalogLinks.first().waitFor({ timeout: 30_000 });
    expect(problems.texts.join('\n')).not.toMatch(/Cloud credentials were rejected/);
    console.info('latency walk: 401s seen by the browser', refusals);
  });
});

/**
 * A reload while the rollout request is still on its way: the cloud is slow (every simulator
 * answer takes 1.5 s), the page goes away right after "Start rollout", and the rollout Citrix
 * accepted is still on record, followed by the server to its end.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser.ts';
import { findRollout, readCatalogService } from '../support/catalog-facts.ts';
import { serveBuiltConsole, type RunningConsole } from '../support/serve-console.ts';

describe('a reload in the middle of the submit', () => {
  let running: RunningConsole;
  let browser: BrowserSession;

  beforeAll(async () => {
    running = await serveBuiltConsole({
      SIM_LATENCY_MS: '1500',
      SIM_ROLLOUT_SECONDS: '6',
      SIM_SESSIONS: '300',
    });
    browser = await openBrowser({ signIn: { consoleUrl: running.url, as: 'admin' } });
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('loses nothing: the rollout appears and is followed to its end', async () => {
    const { page } = browser;
    const { catalogs, images } = await readCatalogService(running.url, browser.cookieHeader);
    const { catalog, image } = findRollout(catalogs, images);
    await page.goto(`${running.url}/rollouts/new?catalog=${catalog.id}&image=${image.id}`);
    await page.getByText('Pre-flight check passed').waitFor({ timeout: 30_000 });
    for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Request to be sent').waitFor({ timeout: 30_000 });

    const sent = page.waitForRequest((request) => request.url().includes('/$updateImage'));
    await page.getByRole('button', { name: 'Start rollout' }).click();
    await sent;
    // The proxy is still looking names up and waiting for the slow cloud: leave now.
    await page.reload();

    const history = page.getByRole('table', { name: 'Rollout history' });
    await page.goto(`${running.url}/catalogs/${catalog.id}`);
    await history
      .getByRole('row', { name: new RegExp(image.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .waitFor({ timeout: 30_000 });
    await history.getByText('Finished').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: 'test-results/submit-reload-history.png', fullPage: true });
  });
});

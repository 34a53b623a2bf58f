/**
 * A reload while the rollout request is still on its way: the cloud is slow (every simulator
 * answer takes 1.5 s), the page goes away right after "Start rollout", and the rollout Citrix
 * accepted is still on record, followed by the server to its end.
 */
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, it } from 'vitest';
import { findRollout, readCatalogService } from '../support/catalog-facts.ts';
import { withOwnConsole } from '../support/own-console.ts';

describe('a reload in the middle of the submit', () => {
  const own = withOwnConsole({
    SIM_LATENCY_MS: '1500',
    SIM_ROLLOUT_SECONDS: '6',
    SIM_SESSIONS: '300',
  });

  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true });
  });

  it('loses nothing: the rollout appears and is followed to its end', async () => {
    const { page } = own.browser;
    const { catalogs, images } = await readCatalogService(own.url, own.browser.cookieHeader);
    const { catalog, image } = findRollout(catalogs, images);
    await page.goto(`${own.url}/rollouts/new?catalog=${catalog.id}&image=${image.id}`);
    await page.getByText('Pre-flight check passed').waitFor({ timeout: 30_000 });
    for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Request to be sent').waitFor({ timeout: 30_000 });

    const sent = page.waitForRequest((request) => request.url().includes('/$updateImage'));
    await page.getByRole('button', { name: 'Start rollout' }).click();
    await sent;
    // The proxy is still looking names up and waiting for the slow cloud: leave now.
    await page.reload();

    const history = page.getByRole('table', { name: 'Rollout history' });
    await page.goto(`${own.url}/catalogs/${catalog.id}`);
    await history
      .getByRole('row', { name: new RegExp(image.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .waitFor({ timeout: 30_000 });
    await history.getByText('Finished').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: 'test-results/submit-reload-history.png', fullPage: true });
  });
});

/// <reference lib="dom" />
/**
 * Following a rollout: from the click on "Start rollout" on the wizard's review step to the
 * progress page showing the rollout's state, in the preview build on the simulator. Each run
 * updates a different catalog, so every run submits a real request.
 */
import type { Page } from 'playwright-core';
import { openBrowser } from '../tests/support/browser.ts';
import { pickRolloutFromEnd } from '../tests/support/catalog-facts.ts';
import { serveBuiltConsole } from '../tests/support/serve-console.ts';
import type { BenchSection } from './support/report.ts';
import { median } from './support/stats.ts';

const runs = 5;
const shownState = 'Updating the catalog image';

async function toReviewStep(page: Page, url: string, catalogId: string, imageId: string) {
  await page.goto(`${url}/rollouts/new?catalog=${catalogId}&image=${imageId}`);
  await page.getByText('Pre-flight check passed').waitFor();
  for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Start rollout' }).waitFor();
}

/** Milliseconds from the click (recorded in the page) to the first frame showing the state. */
async function submitToProgress(page: Page) {
  const start = page.getByRole('button', { name: 'Start rollout' });
  await start.evaluate((button) => {
    const w = window as unknown as { __submittedAt: number };
    button.addEventListener('click', () => (w.__submittedAt = performance.now()), {
      capture: true,
      once: true,
    });
  });
  await start.click();
  const handle = await page.waitForFunction(
    (text) =>
      location.pathname.startsWith('/rollouts/') &&
      document.querySelector('main')?.textContent?.includes(text) &&
      performance.now() - (window as unknown as { __submittedAt: number }).__submittedAt,
    shownState,
    { polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

async function run(): Promise<BenchSection[]> {
  const running = await serveBuiltConsole();
  const browser = await openBrowser({ signIn: { consoleUrl: running.url, as: 'admin' } });
  const times: number[] = [];
  const used: string[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { catalog, image } = await pickRolloutFromEnd(running.url, browser.cookieHeader, used);
      used.push(catalog.id);
      await toReviewStep(browser.page, running.url, catalog.id, image.id);
      times.push(await submitToProgress(browser.page));
    }
  } finally {
    await browser.close();
    await running.stop();
  }
  return [
    {
      name: 'rollout',
      setup: 'default simulator data, preview build, headless Chromium',
      figures: [
        {
          metric: 'Start rollout click to progress view showing the state',
          value: median(times),
          unit: 'ms',
          runs: times.length,
          budget: { atMost: 1000 },
        },
      ],
    },
  ];
}

export const rolloutBenchmark = { name: 'rollout', run };

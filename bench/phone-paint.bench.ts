/**
 * Every page loaded as on a phone, with the throttling applied to a real Chromium rather than
 * simulated: slow 4G (150 ms round trip, 1.6 Mbit/s down, as Lighthouse's mobile preset), the CPU
 * slowed 4x, no cache, a 412 px wide screen. Reports when the first words painted (FCP) and when
 * the largest did (LCP), from the browser's own paint timing.
 *
 * Lighthouse's default simulates the same conditions from an unthrottled load instead; on this
 * machine the app's scripts arrive before its stylesheet in that load, so the simulation counts
 * them before the first paint, and does not see a page the HTML paints before its code has run
 * (the static shells). This bench does.
 */
import { openBrowser } from '../tests/support/browser.ts';
import { consolePages } from '../tests/support/console-pages.ts';
import { serveBuiltConsole } from '../tests/support/serve-console.ts';
import type { BenchFigure, BenchSection } from './support/report.ts';
import { median } from './support/stats.ts';

const runs = 3;
/** Long enough for the slowest page's largest paint under this throttling. */
const settleMs = 8000;

interface PaintTimes {
  fcp?: number;
  lcp?: number;
}

async function run(): Promise<BenchSection[]> {
  const running = await serveBuiltConsole({ SIM_ROLLOUT_SECONDS: '3600' });
  const figures: BenchFigure[] = [];
  try {
    const browser = await openBrowser({ signIn: { consoleUrl: running.url, as: 'admin' } });
    try {
      const { page, context } = browser;
      await page.setViewportSize({ width: 412, height: 823 });
      await page.addInitScript(() => {
        const times: PaintTimes = {};
        Object.assign(window, { paintTimes: times });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.name === 'first-contentful-paint') times.fcp = entry.startTime;
          }
        }).observe({ type: 'paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) times.lcp = entry.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const pages = await consolePages(running.url, browser.cookieHeader!);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      for (const { name, path } of pages) {
        const results: PaintTimes[] = [];
        for (let i = 0; i < runs; i++) {
          await page.goto(`${running.url}${path}`);
          await page.waitForTimeout(settleMs);
          results.push(
            await page.evaluate(() => (window as unknown as { paintTimes: PaintTimes }).paintTimes),
          );
        }
        figures.push(
          {
            metric: `${name}, phone: first paint`,
            value: median(results.map((r) => r.fcp ?? NaN)),
            unit: 'ms',
            runs,
            budget: { atMost: 1800 },
          },
          {
            metric: `${name}, phone: largest paint`,
            value: median(results.map((r) => r.lcp ?? NaN)),
            unit: 'ms',
            runs,
            budget: { atMost: 2500 },
          },
        );
      }
    } finally {
      await browser.close();
    }
  } finally {
    await running.stop();
  }
  return [
    {
      name: 'phone',
      setup: `every page signed in as admin, Debian Chromium with applied throttling (150 ms RTT, 1.6 Mbit/s, CPU 4x), no cache, 412 px wide, default simulator data, preview build`,
      figures,
    },
  ];
}

export const phonePaintBenchmark = { name: 'phone', run };

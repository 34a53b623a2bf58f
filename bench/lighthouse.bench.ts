/**
 * Lighthouse 12 (the `lighthouse` package, desktop preset: an admin console is used on desktops)
 * against Debian Chromium on the preview build: performance, accessibility and best-practices
 * scores of the gallery, a catalog's page and the sessions page, medians of several runs.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumFlags } from '../tests/support/browser.ts';
import { readCatalogService } from '../tests/support/catalog-facts.ts';
import { signInOverHttp } from '../tests/support/sign-in.ts';
import { serveBuiltConsole } from '../tests/support/serve-console.ts';
import type { BenchFigure, BenchSection } from './support/report.ts';
import { median } from './support/stats.ts';

const runs = 3;
const categories = [
  { id: 'performance', label: 'performance', atLeast: 90 },
  { id: 'accessibility', label: 'accessibility', atLeast: 100 },
  { id: 'best-practices', label: 'best practices', atLeast: 95 },
] as const;

/** One Lighthouse run in a fresh Chromium; scores 0 to 100 by category. */
async function audit(url: string, cookie: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: chromiumFlags,
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: categories.map((c) => c.id),
        // Signed in as a person would be: the session cookie on every request of the page.
        extraHeaders: { Cookie: cookie },
      },
      desktopConfig,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return Object.fromEntries(
      categories.map(({ id }) => [id, (result.lhr.categories[id]?.score ?? 0) * 100]),
    ) as Record<(typeof categories)[number]['id'], number>;
  } finally {
    chrome.kill();
  }
}

async function run(): Promise<BenchSection[]> {
  const running = await serveBuiltConsole();
  const figures: BenchFigure[] = [];
  try {
    const session = await signInOverHttp(running.url, 'admin');
    const cookie = `${session.name}=${session.value}`;
    const { catalogs } = await readCatalogService(running.url, cookie);
    const pages = [
      { name: 'gallery', path: '/images' },
      { name: 'catalog page', path: `/catalogs/${catalogs[0]!.id}` },
      { name: 'sessions', path: '/sessions' },
    ];
    for (const page of pages) {
      const scores: Record<string, number[]> = {};
      for (let i = 0; i < runs; i++) {
        for (const [id, score] of Object.entries(
          await audit(`${running.url}${page.path}`, cookie),
        )) {
          (scores[id] ??= []).push(score);
        }
      }
      for (const { id, label, atLeast } of categories) {
        figures.push({
          metric: `${page.name}: ${label}`,
          value: median(scores[id] ?? []),
          unit: 'score',
          runs,
          budget: { atLeast },
        });
      }
    }
  } finally {
    await running.stop();
  }
  return [
    {
      name: 'lighthouse',
      setup:
        'Lighthouse 12.8, desktop preset, Debian Chromium, default simulator data, preview build',
      figures,
    },
  ];
}

export const lighthouseBenchmark = { name: 'lighthouse', run };

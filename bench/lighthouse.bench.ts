/**
 * Lighthouse 12 against Debian Chromium on the preview build, signed in as an admin: every page
 * of the console under the mobile preset (Lighthouse's default: a Moto G-class screen, slow 4G,
 * 4x CPU slowdown) and the desktop one. Performance, accessibility and best-practices scores, and
 * on mobile LCP and TBT, each the median of several runs.
 *
 * `LIGHTHOUSE_PAGES=sessions,gallery` measures only those pages, `LIGHTHOUSE_PRESETS=mobile` only
 * that preset; `LIGHTHOUSE_DETAILS=1` prints, for each page's first mobile run, where the time went
 * (main-thread work by kind, the scripts that cost most, what blocked the first paint, the longest
 * tasks, and the LCP element).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config, type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumFlags } from '../tests/support/browser.ts';
import { consolePages } from '../tests/support/console-pages.ts';
import { signInOverHttp } from '../tests/support/sign-in.ts';
import { serveBuiltConsole } from '../tests/support/serve-console.ts';
import type { BenchFigure, BenchSection } from './support/report.ts';
import { median } from './support/stats.ts';

const runs = 3;
const categories = [
  { id: 'performance', label: 'performance', atLeast: 90 },
  { id: 'accessibility', label: 'accessibility', atLeast: 100 },
  { id: 'best-practices', label: 'best practices', atLeast: 100 },
] as const;
type CategoryId = (typeof categories)[number]['id'];

const presets = [
  // No config: Lighthouse's default, the mobile preset.
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig as Config },
] as const;

interface AuditResult {
  scores: Record<CategoryId, number>;
  lcpMs: number;
  tbtMs: number;
  details: string[];
  /** Lighthouse's measure of the host's CPU: its 4x slowdown assumes a fast desktop. */
  benchmarkIndex: number;
}

/** One Lighthouse run in a fresh Chromium. */
async function audit(url: string, cookie: string, config?: Config): Promise<AuditResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: chromiumFlags,
  });
  try {
    const flags: Flags = {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: categories.map((c) => c.id),
      // Signed in as a person would be: the session cookie on every request of the page.
      extraHeaders: { Cookie: cookie },
    };
    const result = await lighthouse(url, flags, config);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { audits } = result.lhr;
    const scores = Object.fromEntries(
      categories.map(({ id }) => [id, (result.lhr.categories[id]?.score ?? 0) * 100]),
    ) as Record<CategoryId, number>;
    return {
      scores,
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
      details: whereTheTimeWent(audits),
      benchmarkIndex: result.lhr.environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}

/** The part of each audit this bench reads. */
type Audits = Record<string, { details?: unknown; numericValue?: number; displayValue?: string }>;

/** The diagnostics that say where a page's time went, one line each. */
function whereTheTimeWent(audits: Audits): string[] {
  const items = (id: string) =>
    (audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const ms = (value: unknown) => `${Math.round(Number(value))} ms`;
  const work = items('mainthread-work-breakdown')
    .slice(0, 5)
    .map((item) => `${String(item.groupLabel)} ${ms(item.duration)}`);
  const scripts = items('bootup-time')
    .slice(0, 4)
    .map((item) => `${String(item.url).split('/').pop()} ${ms(item.total)}`);
  const blocking = items('render-blocking-resources').map(
    (item) => `${String(item.url).split('/').pop()} ${ms(item.wastedMs)}`,
  );
  // Simulated under the preset's throttling: what TBT adds up (each task's time over 50 ms).
  const longTasks = items('long-tasks')
    .slice(0, 8)
    .map(
      (item) =>
        `${String(item.url).split('/').pop()} at ${ms(item.startTime)} for ${ms(item.duration)}`,
    );
  const lcpElement = items('largest-contentful-paint-element')
    .flatMap((item) => (item.items as { node?: { snippet?: string } }[] | undefined) ?? [])
    .map((item) => item.node?.snippet)
    .find(Boolean);
  // What the browser did before the simulation: a first paint observed after DOMContentLoaded is
  // Chromium's paint holding under the mobile preset (README, "The stop of 3 December, afternoon").
  const observed = items('metrics')[0] ?? {};
  return [
    `FCP ${audits['first-contentful-paint']?.displayValue}, LCP ${audits['largest-contentful-paint']?.displayValue}, TBT ${audits['total-blocking-time']?.displayValue}`,
    `observed: FCP ${ms(observed.observedFirstContentfulPaint)}, LCP ${ms(observed.observedLargestContentfulPaint)}, DOMContentLoaded ${ms(observed.observedDomContentLoaded)}`,
    `main thread: ${work.join(', ')}`,
    `scripts: ${scripts.join(', ')}`,
    `render-blocking: ${blocking.join(', ') || 'none'}`,
    `long tasks: ${longTasks.join(', ') || 'none'}`,
    `LCP element: ${lcpElement ?? 'unknown'}`,
  ];
}

async function run(): Promise<BenchSection[]> {
  // A rollout that is still running when its page is measured.
  const running = await serveBuiltConsole({ SIM_ROLLOUT_SECONDS: '3600' });
  const figures: BenchFigure[] = [];
  const benchmarkIndexes: number[] = [];
  const only = process.env.LIGHTHOUSE_PAGES?.split(',');
  try {
    const session = await signInOverHttp(running.url, 'admin');
    const cookie = `${session.name}=${session.value}`;
    const pages = (await consolePages(running.url, cookie)).filter(
      (page) => !only || only.includes(page.name),
    );
    const presetNames = process.env.LIGHTHOUSE_PRESETS?.split(',');
    for (const page of pages) {
      for (const preset of presets.filter((p) => !presetNames || presetNames.includes(p.name))) {
        const results: AuditResult[] = [];
        for (let i = 0; i < runs; i++) {
          results.push(await audit(`${running.url}${page.path}`, cookie, preset.config));
        }
        benchmarkIndexes.push(...results.map((result) => result.benchmarkIndex));
        if (process.env.LIGHTHOUSE_DETAILS && preset.name === 'mobile') {
          console.log(`\n${page.name} (${page.path}), first mobile run:`);
          for (const line of results[0]!.details) console.log(`  ${line}`);
        }
        for (const { id, label, atLeast } of categories) {
          figures.push({
            metric: `${page.name}, ${preset.name}: ${label}`,
            value: median(results.map((r) => r.scores[id])),
            unit: 'score',
            runs,
            budget: { atLeast },
          });
        }
        if (preset.name === 'mobile') {
          figures.push(
            {
              metric: `${page.name}, mobile: LCP`,
              value: median(results.map((r) => r.lcpMs)),
              unit: 'ms',
              runs,
              budget: { atMost: 2500 },
            },
            {
              metric: `${page.name}, mobile: TBT`,
              value: median(results.map((r) => r.tbtMs)),
              unit: 'ms',
              runs,
              budget: { atMost: 200 },
            },
          );
        }
      }
    }
  } finally {
    await running.stop();
  }
  return [
    {
      name: 'lighthouse',
      setup: `Lighthouse 12.8, mobile (default) and desktop presets, Debian Chromium, every page signed in as admin, default simulator data, preview build; host benchmarkIndex ${Math.round(median(benchmarkIndexes))} (median)`,
      figures,
    },
  ];
}

export const lighthouseBenchmark = { name: 'lighthouse', run };

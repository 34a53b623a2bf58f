/**
 * Lighthouse 12 against Debian Chromium on the preview build, signed in as an admin: every page
 * of the console under the mobile preset (Lighthouse's default: a Moto G-class screen, slow 4G,
 * 4x CPU slowdown) and the desktop one. Performance, accessibility and best-practices scores, and
 * on mobile LCP and TBT, each the median of several runs. Beside TBT, a diagnostic: TBT audited
 * again from the same trace with each task's CPU time in place of its wall-clock time (on this
 * two-core host the wall-clock time is much the longer: support/main-thread-time.ts). And the
 * mobile figures again at the CPU slowdown Lighthouse's calibration gives for the host, read both
 * ways, from each task's wall-clock time and from its CPU time (support/calibrated-cpu.ts).
 *
 * Each preset is measured as the console is deployed, through a TLS terminator that speaks
 * HTTP/2 (`support/https-front.ts`, README "Behind a reverse proxy"), and the mobile one also on
 * the console's own plain HTTP/1.1 port, as the figures before 6 December were: Lighthouse's
 * simulated slow 4G follows the protocol it saw, and over HTTP/1.1 a page's files queue on six
 * connections.
 *
 * `LIGHTHOUSE_PAGES=sessions,gallery` measures only those pages, `LIGHTHOUSE_PRESETS=mobile` only
 * that preset, `LIGHTHOUSE_TRANSPORTS=h1` only that transport (`h2`, `h1`);
 * `LIGHTHOUSE_DETAILS=1` prints, for each page's first mobile run, where the time went
 * (main-thread work by kind, the scripts that cost most, what blocked the first paint, the longest
 * tasks, and the LCP element).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config, type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumFlags } from '../tests/support/browser.ts';
import { consolePages } from '../tests/support/console-pages.ts';
import { sessionCookieHeader, signInOverHttp } from '../tests/support/sign-in.ts';
import { freePort } from '../tests/support/free-port.ts';
import { serveBuiltConsole, type RunningConsole } from '../tests/support/serve-console.ts';
import { frontCertificate, startHttpsFront, type HttpsFront } from './support/https-front.ts';
import {
  atCalibratedSlowdown,
  calibratedMultiplier,
  type CalibratedFigures,
} from './support/calibrated-cpu.ts';
import { tbtFromWorkAlone } from './support/main-thread-time.ts';
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
  { name: 'mobile', config: undefined, transports: ['h2', 'h1'] },
  { name: 'desktop', config: desktopConfig as Config, transports: ['h2'] },
] as const;
type Transport = (typeof presets)[number]['transports'][number];
const transportNames: Record<Transport, string> = { h2: 'HTTP/2', h1: 'HTTP/1.1' };

interface AuditResult {
  scores: Record<CategoryId, number>;
  lcpMs: number;
  tbtMs: number;
  /**
   * TBT again from the same trace, each task's CPU time for its time (support/main-thread-time.ts);
   * on mobile only, where the bench reports it.
   */
  tbtFromWorkMs?: number;
  /**
   * The same run at the CPU slowdown Lighthouse's calibration gives for this host
   * (support/calibrated-cpu.ts); on mobile only.
   */
  calibrated?: CalibratedFigures;
  details: string[];
  /** Lighthouse's measure of the host's CPU: its 4x slowdown assumes a fast desktop. */
  benchmarkIndex: number;
}

/** One Lighthouse run in a fresh Chromium. */
async function audit(
  url: string,
  cookie: string,
  config: Config | undefined,
  extraChromiumFlags: string[],
  mobile: boolean,
): Promise<AuditResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [...chromiumFlags, ...extraChromiumFlags],
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
    const { audits, environment } = result.lhr;
    const scores = Object.fromEntries(
      categories.map(({ id }) => [id, (result.lhr.categories[id]?.score ?? 0) * 100]),
    ) as Record<CategoryId, number>;
    return {
      scores,
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
      tbtFromWorkMs: mobile ? await tbtFromWorkAlone(result.artifacts, flags, config) : undefined,
      calibrated: mobile
        ? await atCalibratedSlowdown(result.artifacts, flags, environment.benchmarkIndex)
        : undefined,
      details: whereTheTimeWent(audits),
      benchmarkIndex: environment.benchmarkIndex,
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

/** A mobile page's figures at the host's calibrated CPU slowdown: diagnostics, no budget. */
function calibratedFigures(name: string, results: AuditResult[]): BenchFigure[] {
  const calibrated = results.flatMap((result) => result.calibrated ?? []);
  const at = "at the host's calibrated CPU slowdown";
  const readings = [
    { how: '', of: (c: CalibratedFigures) => c },
    // The phone's own work: see CalibratedFigures.fromWork.
    { how: " from the tasks' CPU time", of: (c: CalibratedFigures) => c.fromWork },
  ];
  return readings.flatMap(({ how, of }) => [
    {
      metric: `${name}: performance${how} ${at} (diagnostic)`,
      value: median(calibrated.map((c) => of(c).performance)),
      unit: 'score',
      runs,
    },
    {
      metric: `${name}: LCP${how} ${at} (diagnostic)`,
      value: median(calibrated.map((c) => of(c).lcpMs)),
      unit: 'ms',
      runs,
    },
    {
      metric: `${name}: TBT${how} ${at} (diagnostic)`,
      value: median(calibrated.map((c) => of(c).tbtMs)),
      unit: 'ms',
      runs,
    },
  ]);
}

/** A console served for one transport, signed in, with the addresses of its pages. */
interface Target {
  baseUrl: string;
  cookie: string;
  paths: Map<string, string>;
  chromiumFlags: string[];
  stop(): Promise<void>;
}

// A rollout that is still running when its page is measured.
const consoleSettings = { SIM_ROLLOUT_SECONDS: '3600' };

/** The console's own port, plain HTTP/1.1. */
async function directTarget(): Promise<Target> {
  const running = await serveBuiltConsole(consoleSettings);
  try {
    const session = await signInOverHttp(running.url, 'admin');
    const cookie = sessionCookieHeader(session);
    const pages = await consolePages(running.url, cookie);
    return {
      baseUrl: running.url,
      cookie,
      paths: new Map(pages.map((page) => [page.name, page.path])),
      chromiumFlags: [],
      stop: running.stop,
    };
  } catch (error) {
    await running.stop();
    throw error;
  }
}

/** As deployed: TLS and HTTP/2 at a front, the console's `PUBLIC_URL` set to the front's. */
async function frontedTarget(): Promise<Target> {
  const certificate = frontCertificate();
  const port = await freePort();
  let running: RunningConsole | undefined;
  let front: HttpsFront | undefined;
  const stop = async () => {
    await front?.close();
    await running?.stop();
    certificate.remove();
  };
  try {
    running = await serveBuiltConsole({
      ...consoleSettings,
      PUBLIC_URL: `https://127.0.0.1:${port}`,
      NODE_EXTRA_CA_CERTS: certificate.file,
    });
    front = await startHttpsFront(port, new URL(running.url), certificate);
    const session = await signInOverHttp(front.url, 'admin', 'demo', { fetch: front.fetch });
    const cookie = sessionCookieHeader(session);
    // Read straight from the console's port (an IP address, which it always answers), with
    // the front's origin for the one write.
    const pages = await consolePages(running.url, cookie, front.url);
    return {
      baseUrl: front.url,
      cookie,
      paths: new Map(pages.map((page) => [page.name, page.path])),
      chromiumFlags: [front.chromiumTrustFlag],
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function run(): Promise<BenchSection[]> {
  const figures: BenchFigure[] = [];
  const benchmarkIndexes: number[] = [];
  const onlyPages = process.env.LIGHTHOUSE_PAGES?.split(',');
  const onlyPresets = process.env.LIGHTHOUSE_PRESETS?.split(',');
  const onlyTransports = process.env.LIGHTHOUSE_TRANSPORTS?.split(',');
  const runsOf = presets
    .filter((preset) => !onlyPresets || onlyPresets.includes(preset.name))
    .flatMap((preset) =>
      preset.transports
        .filter((transport) => !onlyTransports || onlyTransports.includes(transport))
        .map((transport) => ({ preset, transport })),
    );
  const targets = new Map<Transport, Target>();
  try {
    for (const transport of new Set(runsOf.map((each) => each.transport))) {
      targets.set(transport, transport === 'h2' ? await frontedTarget() : await directTarget());
    }
    const pageNames = [...(targets.values().next().value?.paths.keys() ?? [])].filter(
      (name) => !onlyPages || onlyPages.includes(name),
    );
    for (const pageName of pageNames) {
      for (const { preset, transport } of runsOf) {
        const target = targets.get(transport)!;
        const path = target.paths.get(pageName)!;
        const results: AuditResult[] = [];
        for (let i = 0; i < runs; i++) {
          results.push(
            await audit(
              `${target.baseUrl}${path}`,
              target.cookie,
              preset.config,
              target.chromiumFlags,
              preset.name === 'mobile',
            ),
          );
        }
        benchmarkIndexes.push(...results.map((result) => result.benchmarkIndex));
        const name = `${pageName}, ${preset.name}, ${transportNames[transport]}`;
        if (process.env.LIGHTHOUSE_DETAILS && preset.name === 'mobile') {
          console.log(`\n${name} (${path}), first run:`);
          for (const line of results[0]!.details) console.log(`  ${line}`);
        }
        for (const { id, label, atLeast } of categories) {
          figures.push({
            metric: `${name}: ${label}`,
            value: median(results.map((r) => r.scores[id])),
            unit: 'score',
            runs,
            budget: { atLeast },
          });
        }
        if (preset.name === 'mobile') {
          figures.push(
            {
              metric: `${name}: LCP`,
              value: median(results.map((r) => r.lcpMs)),
              unit: 'ms',
              runs,
              budget: { atMost: 2500 },
            },
            {
              metric: `${name}: TBT`,
              value: median(results.map((r) => r.tbtMs)),
              unit: 'ms',
              runs,
              budget: { atMost: 200 },
            },
            // No budget: a diagnostic of what the host adds to TBT.
            {
              metric: `${name}: TBT from the tasks' CPU time (diagnostic)`,
              value: median(results.map((r) => r.tbtFromWorkMs ?? NaN)),
              unit: 'ms',
              runs,
            },
            // No budget either: the phone the preset means, on a host faster or slower than 4x
            // assumes (support/calibrated-cpu.ts).
            ...calibratedFigures(name, results),
          );
        }
      }
    }
  } finally {
    for (const target of targets.values()) await target.stop();
  }
  return [
    {
      name: 'lighthouse',
      setup: `Lighthouse 12.8, mobile (default) and desktop presets, Debian Chromium, every page signed in as admin, default simulator data, preview build, through a TLS front speaking HTTP/2 (as deployed) and, mobile, on the console's own HTTP/1.1 port; host benchmarkIndex ${Math.round(median(benchmarkIndexes))} (median; Lighthouse's calculator gives ${calibratedMultiplier(median(benchmarkIndexes)).toFixed(1)}x for it where the preset's 4x assumes 1,533)`,
      figures,
    },
  ];
}

export const lighthouseBenchmark = { name: 'lighthouse', run };

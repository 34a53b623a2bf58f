/**
 * The bundle, read from the build `npm run bench` just made: gzip JavaScript and CSS of the first
 * route (budget in `scripts/bundle-report.ts`, also checked by `npm test`), of the landing page (`/`, which
 * opens Images), of each lazy route, and of what the shell loads after its first paint.
 */
import { resolve } from 'node:path';
import {
  firstRouteBudgetKb,
  readBundleReport,
  type RouteBundle,
} from '../scripts/bundle-report.ts';
import type { BenchFigure, BenchSection } from './support/report.ts';

const distDir = resolve(import.meta.dirname, '..', process.env.CONSOLE_DIST_DIR ?? 'dist');

const kb = (metric: string, value: number, budget?: BenchFigure['budget']): BenchFigure => ({
  metric,
  value,
  unit: 'KB',
  runs: 1,
  ...(budget ? { budget } : {}),
});

const routeFigures = (prefix: string, bundles: RouteBundle[]) =>
  bundles.map((bundle) => kb(`${prefix} ${bundle.route}: JS + CSS`, bundle.jsKb + bundle.cssKb));

async function run(): Promise<BenchSection[]> {
  const { firstRoute, lazyRoutes, deferred } = readBundleReport(distDir);
  const images = lazyRoutes.find((route) => route.route === 'images');
  return [
    {
      name: 'bundle',
      setup:
        'production build, gzip (level 6, as served), KB of 1,000 bytes; routes add to the first',
      figures: [
        kb('first route JS (entry + static imports)', firstRoute.jsKb, {
          atMost: firstRouteBudgetKb,
        }),
        kb('first route CSS', firstRoute.cssKb),
        ...(images
          ? [kb('landing page / -> /images, JS in all', firstRoute.jsKb + images.jsKb)]
          : []),
        ...routeFigures('lazy route', lazyRoutes),
        ...routeFigures('after first paint:', deferred),
      ],
    },
  ];
}

export const bundleBenchmark = { name: 'bundle', run };

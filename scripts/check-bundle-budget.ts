/**
 * `npm test` step after the build: fails when the first route's gzip JavaScript is over budget,
 * naming the chunks so the culprit is plain. Size is deterministic, so it is a test; time is
 * not, so time budgets stay in `npm run bench`.
 */
import { resolve } from 'node:path';
import { firstRouteBudgetKb, readBundleReport, type RouteBundle } from './bundle-report.ts';

const distDir = resolve(import.meta.dirname, '..', process.env.CONSOLE_DIST_DIR ?? 'dist');

const listChunks = (bundle: RouteBundle) =>
  bundle.js.map((chunk) => `  ${chunk.gzipKb.toFixed(1).padStart(7)} KB  ${chunk.file}`).join('\n');

const { firstRoute } = readBundleReport(distDir);
const total = firstRoute.jsKb.toFixed(1);
if (firstRoute.jsKb > firstRouteBudgetKb) {
  console.error(
    `Bundle budget exceeded: the first route loads ${total} KB of gzip JavaScript, over the ` +
      `${firstRouteBudgetKb} KB budget. Its chunks (entry and static imports):\n` +
      `${listChunks(firstRoute)}\n` +
      'Move what only some pages use into their lazy routes (see README, Performance).',
  );
  process.exit(1);
}
console.log(
  `Bundle budget ok: the first route loads ${total} KB of gzip JavaScript ` +
    `(budget ${firstRouteBudgetKb} KB), ${firstRoute.cssKb.toFixed(1)} KB of gzip CSS.`,
);

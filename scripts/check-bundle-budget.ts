/**
 * `npm test` step after the build: fails when the first route's gzip JavaScript is over budget,
 * naming the chunks so the culprit is plain; when a module the server names in a page's HTML
 * (`contracts/page-modules.ts`) is in no chunk the HTML can name; or when Mantine's styles do not
 * match what the build draws (`scripts/mantine-styles.ts`). Size and contents are deterministic,
 * so this is a test; time is not, so time budgets stay in `npm run bench`.
 */
import { resolve } from 'node:path';
import { readModuleChunks, unknownPageModules } from '../server/production/page-html.ts';
import { mantineStyleProblems } from './mantine-styles.ts';
import {
  firstRouteBudgetKb,
  readBundleReport,
  readManifest,
  type RouteBundle,
} from './bundle-report.ts';

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
const unknown = unknownPageModules(readManifest(distDir), readModuleChunks(distDir));
if (unknown.length > 0) {
  console.error(
    `contracts/page-modules.ts names modules that no chunk of the build holds: ${unknown.join(', ')}.\n` +
      'The HTML cannot ask for them early. A module also imported statically elsewhere is ' +
      'folded into a shared chunk: name a module that only the router imports.',
  );
  process.exit(1);
}
const styleProblems = mantineStyleProblems(distDir);
if (styleProblems.length > 0) {
  console.error(`Mantine's styles do not match what the build draws:\n${styleProblems.join('\n')}`);
  process.exit(1);
}
console.log(
  `Bundle budget ok: the first route loads ${total} KB of gzip JavaScript ` +
    `(budget ${firstRouteBudgetKb} KB), ${firstRoute.cssKb.toFixed(1)} KB of gzip CSS.`,
);

/**
 * `npm test` step after the build: fails when the first route's gzip JavaScript is over budget,
 * naming the chunks so the culprit is plain; when the early-reads entry is missing or has grown
 * past its own budget (it has pulled in the app's chunks); when a module the server names in a page's HTML
 * (`contracts/page-modules.ts`) is in no chunk the HTML can name; or when Mantine's styles do not
 * match what the build draws (`scripts/mantine-styles.ts`); or when a page without a form loads the
 * popovers with its code; or when a page's HTML names more files than its budget. Size and contents
 * are deterministic, so this is a test; time is not, so time budgets stay in `npm run bench`.
 */
import { resolve } from 'node:path';
import { earlyReadsEntry } from '../contracts/page-modules.ts';
import { readModuleChunks, unknownPageModules } from '../server/production/page-html.ts';
import { mantineStyleProblems } from './mantine-styles.ts';
import {
  earlyReadsBudgetKb,
  earlyReadsBundle,
  firstRouteBudgetKb,
  pageFileCounts,
  pageFilesBudget,
  readBundleReport,
  readManifest,
  type RouteBundle,
} from './bundle-report.ts';

const distDir = resolve(import.meta.dirname, '..', process.env.CONSOLE_DIST_DIR ?? 'dist');

const listChunks = (bundle: RouteBundle) =>
  bundle.js.map((chunk) => `  ${chunk.gzipKb.toFixed(1).padStart(7)} KB  ${chunk.file}`).join('\n');

const { firstRoute, lazyRoutes } = readBundleReport(distDir);
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
const early = earlyReadsBundle(distDir);
if (!early || early.jsKb > earlyReadsBudgetKb) {
  console.error(
    early
      ? `The early-reads entry loads ${early.jsKb.toFixed(1)} KB of gzip JavaScript, over its ` +
          `${earlyReadsBudgetKb} KB: it waits for chunks of the app, and so do the first reads. ` +
          `Its chunks:\n${listChunks(early)}\nPut what it imports in its own chunk groups ` +
          '(vite.config.ts, earlyShared and earlyRequests).'
      : `The build has no chunk for ${earlyReadsEntry}: no page's reads start before its code.`,
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
// Popovers and Floating UI (the `floating` chunk group in vite.config.ts, 23 KB gzip) load with a
// page's first input; only the pages that open on a form with pickers load them with their code.
const formRoutes = new Set(['rollout-new', 'plans']);
const popoverChunk = /(^|\/)floating-[\w-]+\.js$/;
const drawnWithPopovers = lazyRoutes
  .filter((route) => !formRoutes.has(route.route))
  .filter((route) => route.js.some((chunk) => popoverChunk.test(chunk.file)));
if (drawnWithPopovers.length > 0) {
  console.error(
    `Pages without a form load the popovers' chunk with their code: ` +
      `${drawnWithPopovers.map((route) => route.route).join(', ')}.\n` +
      `${drawnWithPopovers.map(listChunks).join('\n')}\n` +
      'Something they import statically sits in the `floating` group or imports from it ' +
      '(vite.config.ts): give it a group that takes it first.',
  );
  process.exit(1);
}
const pageFiles = pageFileCounts(distDir);
const tooMany = pageFiles.filter(({ files }) => files.length > pageFilesBudget);
if (tooMany.length > 0) {
  console.error(
    `Pages whose HTML names more than ${pageFilesBudget} files, which over HTTP/1.1 queue on ` +
      'six connections:\n' +
      tooMany
        .map(({ pattern, files }) => `  ${pattern}: ${files.length}: ${files.join(' ')}`)
        .join('\n') +
      '\nGive the small chunks they share a chunk group (vite.config.ts, sessionParts, rolloutParts).',
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
    `(budget ${firstRouteBudgetKb} KB), ${firstRoute.cssKb.toFixed(1)} KB of gzip CSS; the ` +
    `early reads ${early.jsKb.toFixed(1)} KB of it (budget ${earlyReadsBudgetKb} KB); at most ` +
    `${Math.max(...pageFiles.map(({ files }) => files.length))} files named in a page's HTML ` +
    `(budget ${pageFilesBudget}).`,
);

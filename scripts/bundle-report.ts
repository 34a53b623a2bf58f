/**
 * What the browser downloads, per route, read from a production build's `.vite/manifest.json`:
 * the first route is the entry chunk and everything it imports statically (what any address needs
 * before a page can show); each lazy route adds its own chunk and the chunks only it imports.
 * Sizes are gzip, in KB of 1,000 bytes as Vite prints them. Used by `npm run bench` (the bundle
 * table) and by `npm test` (scripts/check-bundle-budget.ts).
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { earlyReadsEntry, pageModules } from '../contracts/page-modules.ts';
import { createPageHtml } from '../server/production/page-html.ts';

/**
 * Gzip KB of JavaScript the first route may load (issue 17). The connection badge loading after the
 * first paint took it from 170.4 to 163.2, and zod leaving it (error bodies are read by the API
 * clients' chunk; the shell only words the problems) to 148.3.
 */
export const firstRouteBudgetKb = 150;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface ChunkSize {
  file: string;
  gzipKb: number;
}

export interface RouteBundle {
  /** `first route`, or a lazy route module's name such as `images`. */
  route: string;
  js: ChunkSize[];
  css: ChunkSize[];
  jsKb: number;
  cssKb: number;
}

export interface BundleReport {
  firstRoute: RouteBundle;
  lazyRoutes: RouteBundle[];
  /** Code the shell loads after the first paint or on demand (toasts, popovers, rollout tracking). */
  deferred: RouteBundle[];
}

const routeModule = /^src\/app\/routes\//;

/** Every manifest key a chunk needs before it runs: itself and its static imports, recursively. */
export function staticClosure(
  manifest: Manifest,
  key: string,
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

function measure(route: string, files: { js: string[]; css: string[] }, distDir: string) {
  const size = (file: string): ChunkSize => ({
    file,
    gzipKb: gzipSync(readFileSync(resolve(distDir, file))).length / 1000,
  });
  const bySize = (a: ChunkSize, b: ChunkSize) => b.gzipKb - a.gzipKb;
  const js = files.js.map(size).sort(bySize);
  const css = files.css.map(size).sort(bySize);
  const total = (chunks: ChunkSize[]) => chunks.reduce((sum, chunk) => sum + chunk.gzipKb, 0);
  return { route, js, css, jsKb: total(js), cssKb: total(css) };
}

function filesOf(manifest: Manifest, keys: Iterable<string>) {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key]!;
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    else if (chunk.file.endsWith('.css')) css.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
  }
  return { js: [...js], css: [...css] };
}

const manifestPathOf = (distDir: string) => resolve(distDir, '.vite/manifest.json');

/** The build's `.vite/manifest.json`, or an error that says to build first. */
export function readManifest(distDir: string): Manifest {
  const manifestPath = manifestPathOf(distDir);
  try {
    return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(`${manifestPath} is missing or unreadable: build first (npm run build).`, {
      cause: error,
    });
  }
}

/**
 * The first route's manifest keys: the entry chunks (the app's and the early reads') and
 * everything they import statically, and the one stylesheet the HTML links (the manifest's
 * `style.css`: vite.config.ts, `cssCodeSplit`).
 */
function firstRouteKeys(manifest: Manifest, distDir: string): Set<string> {
  const entryKeys = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  if (!entryKeys.includes('index.html')) {
    throw new Error(`${manifestPathOf(distDir)} names no entry chunk for index.html.`);
  }
  const keys = new Set<string>();
  for (const key of entryKeys) staticClosure(manifest, key, keys);
  if (manifest[stylesheetKey]) keys.add(stylesheetKey);
  return keys;
}

/** The key Vite gives the one stylesheet of a build without CSS code splitting. */
export const stylesheetKey = 'style.css';

/** The JavaScript and CSS files the first route loads, by name, without measuring them. */
export function firstRouteFiles(manifest: Manifest, distDir: string) {
  return filesOf(manifest, firstRouteKeys(manifest, distDir));
}

/**
 * The early-reads entry (`src/early-reads/`) and what it imports: it sends a page's first reads
 * before the app's code has arrived, so it must not wait for the app's chunks. Gzip KB.
 */
export const earlyReadsBudgetKb = 5;

export function earlyReadsBundle(distDir: string): RouteBundle | null {
  const manifest = readManifest(distDir);
  if (!manifest[earlyReadsEntry]) return null;
  return measure(
    'early reads',
    filesOf(manifest, staticClosure(manifest, earlyReadsEntry)),
    distDir,
  );
}

export function readBundleReport(distDir: string): BundleReport {
  const manifest = readManifest(distDir);
  const firstKeys = firstRouteKeys(manifest, distDir);
  const firstFiles = filesOf(manifest, firstKeys);
  // What loading a lazy module adds to what the first route already loaded.
  const addedBy = (key: string) => {
    const added = [...staticClosure(manifest, key)].filter((k) => !firstKeys.has(k));
    const files = filesOf(manifest, added);
    files.css = files.css.filter((file) => !firstFiles.css.includes(file));
    return measure(basename(key).replace(/\.[jt]sx?$/, ''), files, distDir);
  };
  const lazyKeys = new Set(
    [...firstKeys]
      .flatMap((key) => manifest[key]!.dynamicImports ?? [])
      .filter((key) => !firstKeys.has(key)),
  );
  return {
    firstRoute: measure('first route', firstFiles, distDir),
    lazyRoutes: [...lazyKeys].filter((key) => routeModule.test(key)).map(addedBy),
    deferred: [...lazyKeys].filter((key) => !routeModule.test(key)).map(addedBy),
  };
}

/**
 * How many files (the stylesheet and the scripts) a page's HTML may name. Over HTTP/1.1 a browser
 * fetches six at a time from one host, so each file past a few is a turn on a connection, a round
 * trip on a phone: Lighthouse's simulated phone load counted about 40-90 ms a file on 7 December,
 * when the sessions list and a person's page named 22 and chunk groups took them to 15 and 14
 * (README, Performance). The plans' forms name the most (17: the controls, popovers and dialogs).
 */
export const pageFilesBudget = 17;

/** The files each page's HTML names, by the page's address pattern (`contracts/page-modules.ts`). */
export function pageFileCounts(distDir: string): { pattern: string; files: string[] }[] {
  const html = createPageHtml(distDir);
  if (!html) return [];
  return pageModules.map(({ pattern }) => {
    // Any value for each parameter: the server picks the page's HTML by pattern alone.
    const body = html(pattern.replace(/:\w+/g, 'x')).body.toString('utf8');
    const files = new Set(
      [...body.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!),
    );
    return { pattern, files: [...files] };
  });
}

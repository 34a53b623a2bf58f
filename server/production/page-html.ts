/**
 * index.html for a client route, with the route's code named in its head: the browser fetches a
 * page's chunks (and the header's) alongside the entry, instead of discovering them only once the
 * entry has run and the router has matched the address. On a phone's connection that removes a
 * round of requests before the page can draw. Read from the build's manifest once: dist does not
 * change while the server runs, and the variants are one per page, whatever the addresses asked.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  moduleOf,
  namedModules,
  pageFor,
  pathParams,
  shellModules,
  shellReads,
} from '../../contracts/page-modules.ts';
import { accountSlot, accountSlotPattern } from '../../contracts/shell-slots.ts';
import { escapeHtml } from '../auth/html-page.ts';
import { colorSchemeScript } from './color-scheme-script.ts';
import { toDistFile, type DistFile } from './dist-files.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** A chunk and every chunk it imports statically, by manifest key. */
function withImports(manifest: Manifest, key: string, into = new Set<string>()) {
  if (into.has(key) || !manifest[key]) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) withImports(manifest, imported, into);
  return into;
}

/**
 * The `<link>`s that fetch these modules' chunks, less what the entry already loads. The early
 * modules' chunks (what the early reads load for the page) come first, at high priority.
 */
function preloadLinks(
  manifest: Manifest,
  modules: readonly string[],
  earlyModules: readonly string[],
): string {
  const entry = withImports(manifest, 'index.html');
  const early = new Set<string>();
  for (const module of earlyModules) withImports(manifest, module, early);
  const chunks = new Set(early);
  for (const module of modules) withImports(manifest, module, chunks);
  // `crossorigin` as Vite's own preload helper asks for these files, so the browser reuses the
  // fetch; at low priority, as the entry's (`vite.config.ts`, scriptsAtLowPriority, says why),
  // but for the early reads' own, which the page's first read waits for.
  // The styles are not per page: the one stylesheet is index.html's (`cssCodeSplit`).
  return [...chunks]
    .filter((key) => !entry.has(key))
    .map((key) => {
      const priority = early.has(key) ? 'high' : 'low';
      const file = manifest[key]!.file;
      return `<link rel="modulepreload" fetchpriority="${priority}" crossorigin href="/${file}">`;
    })
    .join('\n    ');
}

/**
 * The header's reads, asked for before any script: small answers that the first page's own read
 * waits on (the connection names the Citrix site). After a page's dozen scripts, over HTTP/1.1's
 * six connections, they waited their turn behind the largest of them. `crossorigin` is the
 * credentials mode of the app's same-origin fetch, so the app's request takes the answer up.
 */
const readLinks = shellReads
  .map((url) => `<link rel="preload" as="fetch" crossorigin href="${url}">`)
  .join('\n    ');

/**
 * Where a chunk group of the build took in a module `contracts/page-modules.ts` names (the
 * header's later parts are one chunk): the module's path, and the manifest key of its chunk.
 * Written by the build (`vite.config.ts`, `.vite/module-chunks.json`); the manifest keys only
 * entries and chunks.
 */
export type ModuleChunks = Record<string, string>;

/** The build's `.vite/module-chunks.json`; empty for a build without it. */
export const readModuleChunks = (distDir: string): ModuleChunks =>
  readJson<ModuleChunks>(resolve(distDir, '.vite/module-chunks.json')) ?? {};

/** The manifest key of the chunk that holds a module, or the module's path when none does. */
export const chunkKeyOf = (
  manifest: Record<string, unknown>,
  chunks: ModuleChunks,
  module: string,
) => (module in manifest ? module : (chunks[module] ?? module));

/**
 * The modules `contracts/page-modules.ts` names that no chunk of this build holds where the HTML
 * can find it: their pages' code is found late. A module also imported statically by others is
 * folded into a shared chunk that names neither it nor its own key.
 */
export function unknownPageModules(
  manifest: Record<string, unknown>,
  chunks: ModuleChunks = {},
): string[] {
  return namedModules().filter((module) => !(chunkKeyOf(manifest, chunks, module) in manifest));
}

const htmlFile = (html: string): DistFile => toDistFile(Buffer.from(html), '.html');

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

export type PageHtml = (pathname: string) => DistFile;

/**
 * The page for each client route: index.html with the route's static shell in its root (painted
 * before any script runs; built by `npm run build` into `.vite/static-shells.json`) and the
 * route's code named in its head. A build without shells, or without a manifest that names the
 * entry, goes without that part: the page still works, it only paints or starts later. Null when
 * dist has no index.html.
 */
export function createPageHtml(distDir: string): PageHtml | null {
  let index: string;
  try {
    index = readFileSync(resolve(distDir, 'index.html'), 'utf8');
  } catch {
    return null;
  }
  const manifest = readJson<Manifest>(resolve(distDir, '.vite/manifest.json'));
  const shells = readJson<Record<string, string>>(resolve(distDir, '.vite/static-shells.json'));
  const chunks = readModuleChunks(distDir);
  // Without the entry's record the manifest cannot say what the entry already loads.
  const preloads = manifest?.['index.html'] ? manifest : null;
  const variants = new Map<string, DistFile>();
  const variant = (page: ReturnType<typeof pageFor>): DistFile => {
    let html = index;
    const shell = page && shells?.[page.pattern];
    if (shell && html.includes('<div id="root"></div>')) {
      html = html
        .replace('<head>', `<head>\n    <script>${colorSchemeScript}</script>`)
        .replace('<div id="root"></div>', () => `<div id="root">${shell}</div>`);
    }
    if (preloads) {
      const keyOf = (name: string) => chunkKeyOf(preloads, chunks, moduleOf(name));
      const modules = [...(page?.modules ?? []), ...shellModules].map(keyOf);
      const links = preloadLinks(preloads, modules, (page?.earlyModules ?? []).map(keyOf));
      if (links) html = html.replace('</head>', () => `    ${links}\n  </head>`);
      html = html.replace('<script type="module"', () => `${readLinks}\n    <script type="module"`);
    }
    return htmlFile(html);
  };
  return (pathname) => {
    const page = pageFor(pathname);
    const key = page?.pattern ?? '';
    let file = variants.get(key);
    if (!file) {
      file = variant(page);
      variants.set(key, file);
    }
    // As the static handler passes the path: decoded once (`static-files.ts`), as the app's
    // router decodes the parameter, so not again here.
    const account =
      page?.pattern === accountSlotPattern ? pathParams(page.pattern, pathname)?.user : undefined;
    if (account === undefined) return file;
    // A person's own page: a few KB, compressed for this answer only and not kept, so the
    // server holds no page per person anyone has opened.
    const html = file.body.toString().replace(accountSlot, () => escapeHtml(account));
    return htmlFile(html);
  };
}

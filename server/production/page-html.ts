/**
 * index.html for a client route, with the route's code named in its head: the browser fetches a
 * page's chunks (and the header's) alongside the entry, instead of discovering them only once the
 * entry has run and the router has matched the address. On a phone's connection that removes a
 * round of requests before the page can draw. Read from the build's manifest once: dist does not
 * change while the server runs, and the variants are one per page, whatever the addresses asked.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pageModulesFor, shellModules, shellReads } from '../../contracts/page-modules.ts';
import { toDistFile, type DistFile } from './dist-files.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** A chunk and every chunk it imports statically, by manifest key. */
function withImports(manifest: Manifest, key: string, into = new Set<string>()) {
  if (into.has(key) || !manifest[key]) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) withImports(manifest, imported, into);
  return into;
}

/** The `<link>`s that fetch these modules' chunks, less what the entry already loads. */
function preloadLinks(manifest: Manifest, modules: readonly string[]): string {
  const entry = withImports(manifest, 'index.html');
  const entryCss = new Set([...entry].flatMap((key) => manifest[key]!.css ?? []));
  const chunks = new Set<string>();
  for (const module of modules) withImports(manifest, module, chunks);
  const scripts = [...chunks].filter((key) => !entry.has(key)).map((key) => manifest[key]!.file);
  const styles = [...new Set([...chunks].flatMap((key) => manifest[key]!.css ?? []))].filter(
    (file) => !entryCss.has(file),
  );
  // `crossorigin` as Vite's own preload helper asks for these files, so the browser reuses the
  // fetch. Styles are preloaded, not linked: a stylesheet in the head would hold the first paint.
  // The reads too: `crossorigin` is the credentials mode of the app's same-origin fetch.
  return [
    ...scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
    ...styles.map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
    ...shellReads.map((url) => `<link rel="preload" as="fetch" crossorigin href="${url}">`),
  ].join('\n    ');
}

const htmlFile = (html: string): DistFile => toDistFile(Buffer.from(html), '.html');

export type PageHtml = (pathname: string) => DistFile;

/**
 * The page for each client route; plain index.html for a build without a manifest that names
 * the entry (the page still works, its code just starts later). Null when dist has no index.html.
 */
export function createPageHtml(distDir: string): PageHtml | null {
  let index: string;
  try {
    index = readFileSync(resolve(distDir, 'index.html'), 'utf8');
  } catch {
    return null;
  }
  let manifest: Manifest | null;
  try {
    manifest = JSON.parse(
      readFileSync(resolve(distDir, '.vite/manifest.json'), 'utf8'),
    ) as Manifest;
  } catch {
    manifest = null;
  }
  const plain = htmlFile(index);
  // Without the entry's record the manifest cannot say what the entry already loads.
  if (!manifest?.['index.html'] || !index.includes('</head>')) return () => plain;
  const found = manifest;
  const variants = new Map<string, DistFile>();
  return (pathname) => {
    const modules = [
      ...pageModulesFor(pathname).map((name) =>
        name.includes('/') ? name : `src/app/routes/${name}.tsx`,
      ),
      ...shellModules,
    ];
    const key = modules.join(' ');
    let file = variants.get(key);
    if (!file) {
      const links = preloadLinks(found, modules);
      file = links ? htmlFile(index.replace('</head>', `    ${links}\n  </head>`)) : plain;
      variants.set(key, file);
    }
    return file;
  };
}

/**
 * Whether every Mantine component the build draws has its styles, and only where they are needed.
 * The console imports Mantine's styles per component (`src/app/styles/`): those the first paint
 * needs in the stylesheet that holds it, the rest with the pages' code. A component missing from
 * those lists would draw unstyled, and a list grown stale would hold the first paint for nothing;
 * `npm run check:bundle` runs this after the build so neither can land.
 *
 * A component's class names are hashes (`m_8a5d1357`) that appear in its chunk's code and in its
 * stylesheet, so the build says which components each chunk draws and which each stylesheet styles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chunkKeyOf, readModuleChunks } from '../server/production/page-html.ts';
import { firstRouteFiles, readManifest, staticClosure } from './bundle-report.ts';

const mantineStylesDir = resolve(import.meta.dirname, '../node_modules/@mantine/core/styles');
const classPattern = /m_[0-9a-f]{8}/g;
const shellList = 'src/app/styles/mantine-shell.ts';
const pagesList = 'src/app/styles/mantine-pages.ts';

/** Mantine's own class names, each with the component whose stylesheet defines it. */
function mantineComponentsByClass(stylesDir = mantineStylesDir): Map<string, string> {
  const byClass = new Map<string, string>();
  for (const file of readdirSync(stylesDir)) {
    if (!file.endsWith('.css') || file.endsWith('.layer.css')) continue;
    const component = file.replace(/\.css$/, '');
    for (const name of readFileSync(resolve(stylesDir, file), 'utf8').match(classPattern) ?? []) {
      if (!byClass.has(name)) byClass.set(name, component);
    }
  }
  return byClass;
}

/** Reads each file of a dist once, however many of the lists below name it. */
function distReader(distDir: string) {
  const texts = new Map<string, string>();
  return (file: string) => {
    let text = texts.get(file);
    if (text === undefined) {
      text = readFileSync(resolve(distDir, file), 'utf8');
      texts.set(file, text);
    }
    return text;
  };
}

/** The Mantine components whose class names appear in these texts. */
function componentsIn(texts: string[], byClass: Map<string, string>): Set<string> {
  const components = new Set<string>();
  for (const text of texts) {
    for (const name of text.match(classPattern) ?? []) {
      const component = byClass.get(name);
      if (component) components.add(component);
    }
  }
  return components;
}

const minus = (a: Set<string>, b: Set<string>) => [...a].filter((item) => !b.has(item)).sort();
const list = (components: string[]) => components.join(', ');

/**
 * What is wrong with the build's Mantine styles, in words; empty when nothing is. `stylesDir` is
 * Mantine's per-component stylesheets (node_modules by default; a test passes its own).
 */
export function mantineStyleProblems(distDir: string, stylesDir?: string): string[] {
  const byClass = mantineComponentsByClass(stylesDir);
  const manifest = readManifest(distDir);
  const firstRoute = firstRouteFiles(manifest, distDir);
  const readText = distReader(distDir);
  let shells = '';
  try {
    shells = readText('.vite/static-shells.json');
  } catch {
    // A build without static shells paints nothing before the entry has run.
  }
  // Its own chunk, or the one a chunk group put it in with the header's later parts.
  const pagesKey = chunkKeyOf(manifest, readModuleChunks(distDir), pagesList);
  const pagesChunk = manifest[pagesKey];
  // A file once, however many manifest keys name it.
  const allJs = [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((file) =>
    file.endsWith('.js'),
  );

  const firstPaintDraws = componentsIn([...firstRoute.js.map(readText), shells], byClass);
  const buildDraws = componentsIn([...allJs.map(readText), shells], byClass);
  const firstPaintStyles = componentsIn(firstRoute.css.map(readText), byClass);
  // The stylesheets the pages' list brings may belong to a chunk group.
  const pagesCss = [...(pagesChunk ? staticClosure(manifest, pagesKey) : [])].flatMap(
    (key) => manifest[key]?.css ?? [],
  );
  const pageStyles = componentsIn(pagesCss.map(readText), byClass);
  const styled = new Set([...firstPaintStyles, ...pageStyles]);

  const problems: string[] = [];
  if (!pagesChunk) {
    problems.push(
      `No chunk of the build holds ${pagesList}: the pages' Mantine styles never load.`,
    );
  }
  const unstyledAtFirst = minus(firstPaintDraws, firstPaintStyles);
  if (unstyledAtFirst.length > 0) {
    problems.push(
      `The first paint draws Mantine's ${list(unstyledAtFirst)} without their styles: ` +
        `import their .layer.css in ${shellList}.`,
    );
  }
  const unstyled = minus(buildDraws, styled);
  if (unstyled.length > 0) {
    problems.push(
      `The pages draw Mantine's ${list(unstyled)} without their styles: ` +
        `import their .layer.css in ${pagesList}.`,
    );
  }
  const holdingFirstPaint = minus(firstPaintStyles, firstPaintDraws);
  if (holdingFirstPaint.length > 0) {
    problems.push(
      `The first paint waits for the styles of Mantine's ${list(holdingFirstPaint)}, which it ` +
        `does not draw: move them from ${shellList} to ${pagesList}.`,
    );
  }
  const unused = minus(pageStyles, buildDraws);
  if (unused.length > 0) {
    problems.push(
      `The pages load the styles of Mantine's ${list(unused)}, which nothing draws: ` +
        `remove them from ${pagesList}.`,
    );
  }
  return problems;
}

/**
 * Whether every Mantine component the build draws has its styles, and only those. The console
 * imports Mantine's styles per component (`src/app/styles/mantine.ts`) into the one stylesheet in
 * the HTML's head. A component missing from that list would draw unstyled, and a list grown stale
 * would hold the first paint for nothing; `npm run check:bundle` runs this after the build so
 * neither can land.
 *
 * A component's class names are hashes (`m_8a5d1357`) that appear in its chunk's code and in its
 * stylesheet, so the build says which components its code draws and which its stylesheet styles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readManifest, stylesheetKey } from './bundle-report.ts';

const mantineStylesDir = resolve(import.meta.dirname, '../node_modules/@mantine/core/styles');
const classPattern = /m_[0-9a-f]{8}/g;
const stylesList = 'src/app/styles/mantine.ts';

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
  const readText = (file: string) => readFileSync(resolve(distDir, file), 'utf8');
  let shells = '';
  try {
    shells = readText('.vite/static-shells.json');
  } catch {
    // A build without static shells paints nothing before the entry has run.
  }
  const files = new Set(
    Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]),
  );
  const js = [...files].filter((file) => file.endsWith('.js'));
  const stylesheets = [...files].filter((file) => file.endsWith('.css'));
  const stylesheet = manifest[stylesheetKey]?.file;

  const problems: string[] = [];
  if (!stylesheet || stylesheets.length > 1) {
    problems.push(
      `The build has ${stylesheets.length} stylesheets (${list(stylesheets)}), not one: ` +
        'a page would ask for several, each a round trip before its scripts ' +
        '(vite.config.ts, cssCodeSplit).',
    );
  } else if (!readText('index.html').includes(`href="/${stylesheet}"`)) {
    problems.push(`index.html does not link the stylesheet ${stylesheet}.`);
  }
  const draws = componentsIn([...js.map(readText), shells], byClass);
  const styles = componentsIn(stylesheets.map(readText), byClass);
  const unstyled = minus(draws, styles);
  if (unstyled.length > 0) {
    problems.push(
      `The console draws Mantine's ${list(unstyled)} without their styles: ` +
        `import their .layer.css in ${stylesList}.`,
    );
  }
  const unused = minus(styles, draws);
  if (unused.length > 0) {
    problems.push(
      `The stylesheet carries the styles of Mantine's ${list(unused)}, which nothing draws: ` +
        `remove them from ${stylesList}.`,
    );
  }
  return problems;
}

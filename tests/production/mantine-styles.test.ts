/**
 * `npm run check:bundle` fails when the build's Mantine styles do not match what it draws
 * (scripts/mantine-styles.ts): a component drawn without its styles, styles for nothing, or
 * stylesheets split per chunk instead of one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mantineStyleProblems } from '../../scripts/mantine-styles.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const title = 'm_8a5d1357';
const table = 'm_b23fa0ef';
const switchClass = 'm_5f93f3bb';

/** Mantine's per-component stylesheets, as node_modules has them (and a layered twin, ignored). */
function mantineStyles() {
  const dir = mkdtempSync(join(tmpdir(), 'mantine-styles-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'Title.css'), `.${title} { margin: 0; }`);
  writeFileSync(join(dir, 'Title.layer.css'), `@layer mantine { .${title} { margin: 0; } }`);
  writeFileSync(join(dir, 'Table.css'), `.${table} { width: 100%; }`);
  writeFileSync(join(dir, 'Switch.css'), `.${switchClass} { display: flex; }`);
  writeFileSync(join(dir, 'global.css'), 'body { margin: 0; }');
  return dir;
}

interface Build {
  /** What the static shells paint (their HTML). */
  shells: string;
  entryJs: string;
  pageJs: string;
  /** The one stylesheet; a second one, as CSS code splitting would write, when given. */
  css: string;
  splitCss?: string;
  /** index.html; linking the stylesheet unless given. */
  html?: string;
}

/** A dist as Vite writes it without CSS code splitting: the entry, one page, one stylesheet. */
function sampleDist(build: Build) {
  const dir = mkdtempSync(join(tmpdir(), 'daas-console-styles-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.vite'));
  mkdirSync(join(dir, 'assets'));
  const files: Record<string, string> = {
    'index.html': build.html ?? '<link rel="stylesheet" crossorigin href="/assets/style.css">',
    'assets/index.js': build.entryJs,
    'assets/page.js': build.pageJs,
    'assets/style.css': build.css,
    'assets/page.css': build.splitCss ?? '',
    '.vite/static-shells.json': JSON.stringify({ '/': build.shells }),
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  const manifest = {
    'index.html': {
      file: 'assets/index.js',
      isEntry: true,
      dynamicImports: ['src/app/routes/page.tsx'],
    },
    'src/app/routes/page.tsx': {
      file: 'assets/page.js',
      ...(build.splitCss === undefined ? {} : { css: ['assets/page.css'] }),
    },
    'style.css': { file: 'assets/style.css', src: 'style.css' },
  };
  writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

const matching: Build = {
  shells: `<h1 class="${title} mantine-Title-root">Sessions</h1>`,
  entryJs: 'export const shell = 1;',
  pageJs: `const classes = { table: "${table}" };`,
  css: `@layer mantine { .${title} { margin: 0; } .${table} { width: 100%; } }`,
};

describe('mantineStyleProblems', () => {
  it('finds nothing wrong when each component drawn is styled, and only those', () => {
    expect(mantineStyleProblems(sampleDist(matching), mantineStyles())).toEqual([]);
  });

  it('names a component the static shells draw without its styles, and where to import them', () => {
    const problems = mantineStyleProblems(
      sampleDist({ ...matching, css: `.${table}{}` }),
      mantineStyles(),
    );
    expect(problems).toEqual([
      expect.stringMatching(/draws Mantine's Title without their styles.*styles\/mantine\.ts/),
    ]);
  });

  it('names a component a page draws without its styles', () => {
    const problems = mantineStyleProblems(
      sampleDist({ ...matching, pageJs: `"${table}" "${switchClass}"` }),
      mantineStyles(),
    );
    expect(problems).toEqual([expect.stringMatching(/draws Mantine's Switch without/)]);
  });

  it('names styles the stylesheet carries for a component nothing draws', () => {
    const problems = mantineStyleProblems(
      sampleDist({ ...matching, css: `${matching.css} .${switchClass}{}` }),
      mantineStyles(),
    );
    expect(problems).toEqual([
      expect.stringMatching(/carries the styles of Mantine's Switch, which nothing draws/),
    ]);
  });

  it('names a build whose chunks bring stylesheets of their own', () => {
    const problems = mantineStyleProblems(
      sampleDist({ ...matching, splitCss: `.${table}{}` }),
      mantineStyles(),
    );
    expect(problems).toEqual([expect.stringMatching(/2 stylesheets .*not one.*cssCodeSplit/)]);
  });

  it('names an index.html that does not link the stylesheet', () => {
    const problems = mantineStyleProblems(
      sampleDist({ ...matching, html: '<title>DaaS Console</title>' }),
      mantineStyles(),
    );
    expect(problems).toEqual(['index.html does not link the stylesheet assets/style.css.']);
  });
});

/**
 * `npm run check:bundle` fails when the build's Mantine styles do not match what it draws
 * (scripts/mantine-styles.ts): a component with no styles where it is drawn, or styles that hold
 * the first paint, or load with the pages, for nothing.
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
  entryCss: string;
  pageJs: string;
  pagesCss: string;
}

/** A dist as Vite writes it: the entry, one page, and the pages' Mantine styles module. */
function sampleDist(build: Build) {
  const dir = mkdtempSync(join(tmpdir(), 'daas-console-styles-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.vite'));
  mkdirSync(join(dir, 'assets'));
  const files: Record<string, string> = {
    'assets/index.js': build.entryJs,
    'assets/index.css': build.entryCss,
    'assets/page.js': build.pageJs,
    'assets/mantine-pages.js': '',
    'assets/mantine-pages.css': build.pagesCss,
    '.vite/static-shells.json': JSON.stringify({ '/': build.shells }),
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  const manifest = {
    'index.html': {
      file: 'assets/index.js',
      isEntry: true,
      css: ['assets/index.css'],
      dynamicImports: ['src/app/routes/page.tsx', 'src/app/styles/mantine-pages.ts'],
    },
    'src/app/routes/page.tsx': { file: 'assets/page.js' },
    'src/app/styles/mantine-pages.ts': { file: 'assets/mantine-pages.js', imports: ['_group'] },
    // The stylesheet belongs to a chunk group the list imports, as the build's chunk groups do.
    _group: { file: 'assets/mantine-pages.js', css: ['assets/mantine-pages.css'] },
  };
  writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

const matching: Build = {
  shells: `<h1 class="${title} mantine-Title-root">Sessions</h1>`,
  entryJs: 'export const shell = 1;',
  entryCss: `@layer mantine { .${title} { margin: 0; } }`,
  pageJs: `const classes = { table: "${table}" };`,
  pagesCss: `@layer mantine { .${table} { width: 100%; } }`,
};

describe('mantineStyleProblems', () => {
  it('finds nothing wrong when each component is styled where it is drawn, and only there', () => {
    expect(mantineStyleProblems(sampleDist(matching), mantineStyles())).toEqual([]);
  });

  it('names a component the first paint draws without its styles, and where to import them', () => {
    const problems = mantineStyleProblems(
      sampleDist({ ...matching, entryCss: '', pagesCss: `.${table}{} .${title}{}` }),
      mantineStyles(),
    );
    expect(problems).toEqual([
      expect.stringMatching(/first paint draws Mantine's Title without.*mantine-shell\.ts/),
    ]);
  });

  it('names a component a page draws without its styles', () => {
    const problems = mantineStyleProblems(
      sampleDist({ ...matching, pageJs: `"${table}" "${switchClass}"` }),
      mantineStyles(),
    );
    expect(problems).toEqual([
      expect.stringMatching(/pages draw Mantine's Switch without.*mantine-pages\.ts/),
    ]);
  });

  it('names styles that hold the first paint for a component only the pages draw', () => {
    const problems = mantineStyleProblems(
      sampleDist({ ...matching, entryCss: `.${title}{} .${table}{}` }),
      mantineStyles(),
    );
    expect(problems).toEqual([
      expect.stringMatching(/first paint waits for the styles of Mantine's Table.*move them/),
    ]);
  });

  it('names styles the pages load for a component nothing draws', () => {
    const problems = mantineStyleProblems(
      sampleDist({ ...matching, pagesCss: `.${table}{} .${switchClass}{}` }),
      mantineStyles(),
    );
    expect(problems).toEqual([
      expect.stringMatching(/pages load the styles of Mantine's Switch, which nothing draws/),
    ]);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A dist directory laid out like Vite's output, small enough to reason about in a test. */
export interface SampleDist {
  dir: string;
  indexHtml: string;
  /** A hashed asset big enough to be compressed. */
  script: { path: string; body: string };
  /**
   * Files present in dist that no browser needs and none may fetch: Vite's manifest (it names
   * every source file) and dotfiles a careless copy could bring along.
   */
  hidden: { path: string; body: string }[];
  remove(): void;
}

export function createSampleDist(): SampleDist {
  const dir = mkdtempSync(join(tmpdir(), 'daas-console-dist-'));
  const indexHtml =
    '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script>' +
    '</head><body><div id="root"></div></body></html>';
  const body = `console.log(${JSON.stringify('console '.repeat(400))});\n`;
  const hidden = [
    {
      path: '/.vite/manifest.json',
      body: JSON.stringify({
        'src/main.tsx': { file: 'assets/index-Ab12Cd34.js', src: 'src/main.tsx', isEntry: true },
      }),
    },
    { path: '/.env', body: 'SAMPLE_SECRET=never-served\n' },
    { path: '/assets/.notes', body: 'sample notes, never served\n' },
  ];
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, 'index.html'), indexHtml);
  writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js'), body);
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  for (const file of hidden) writeFileSync(join(dir, file.path), file.body);
  return {
    dir,
    indexHtml,
    script: { path: '/assets/index-Ab12Cd34.js', body },
    hidden,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A dist directory laid out like Vite's output, small enough to reason about in a test. */
export interface SampleDist {
  dir: string;
  indexHtml: string;
  /** A hashed asset big enough to be compressed. */
  script: { path: string; body: string };
  remove(): void;
}

export function createSampleDist(): SampleDist {
  const dir = mkdtempSync(join(tmpdir(), 'daas-console-dist-'));
  const indexHtml =
    '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script>' +
    '</head><body><div id="root"></div></body></html>';
  const body = `console.log(${JSON.stringify('console '.repeat(400))});\n`;
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), indexHtml);
  writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js'), body);
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  return {
    dir,
    indexHtml,
    script: { path: '/assets/index-Ab12Cd34.js', body },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

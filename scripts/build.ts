/**
 * `npm run build`: the console's production build, in two parts.
 * 1. The app, by Vite, into `dist` (or `--outDir <dir>`).
 * 2. Each route's static shell, the page painted before the app's code runs
 *    (`src/app/shell/static-shells.tsx`): that module is built for Node (under
 *    node_modules/.cache), rendered once here, and written to `<outDir>/.vite/static-shells.json`
 *    for the server; the Node build is removed.
 * 3. Brotli at quality 11 of every file the server compresses (scripts/precompress.ts), which
 *    the server sends instead of compressing at quality 9 itself.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { precompress } from './precompress.ts';

// Before React loads: its production server build, which writes no development diagnostics
// into the markup (and the production build of the app, as `vite build` would).
process.env.NODE_ENV = 'production';

const { values } = parseArgs({
  options: { outDir: { type: 'string', default: 'dist' }, logLevel: { type: 'string' } },
});
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, values.outDir);
const logLevel = values.logLevel as 'info' | 'warn' | 'error' | 'silent' | undefined;

await build({ root, logLevel, build: { outDir, emptyOutDir: true } });

// Inside the project whatever outDir is: the Node build imports React and Mantine from
// node_modules, which Node finds only from a folder under the project.
const cache = resolve(root, 'node_modules/.cache');
mkdirSync(cache, { recursive: true });
const nodeBuild = mkdtempSync(resolve(cache, 'static-shells-'));
await build({
  root,
  logLevel: logLevel ?? 'warn',
  build: {
    ssr: 'src/app/shell/static-shells.tsx',
    outDir: nodeBuild,
    emptyOutDir: true,
    copyPublicDir: false,
    manifest: false,
  },
});
const { renderStaticShells } = (await import(
  pathToFileURL(resolve(nodeBuild, 'static-shells.js')).href
)) as { renderStaticShells: () => Record<string, string> };
let shells: Record<string, string>;
try {
  shells = renderStaticShells();
} finally {
  rmSync(nodeBuild, { recursive: true, force: true });
}
mkdirSync(resolve(outDir, '.vite'), { recursive: true });
writeFileSync(resolve(outDir, '.vite/static-shells.json'), JSON.stringify(shells));
if (logLevel !== 'silent' && logLevel !== 'error' && logLevel !== 'warn') {
  console.log(`Static shells: ${Object.keys(shells).length} routes painted before the app runs.`);
}

// Last, once every file the server sends is written.
const precompressed = precompress(outDir);
if (logLevel !== 'silent' && logLevel !== 'error' && logLevel !== 'warn') {
  console.log(`Precompressed: ${precompressed} files, brotli at quality 11.`);
}

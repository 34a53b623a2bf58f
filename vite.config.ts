import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { consoleServer } from './server/proxy/vite-plugin.ts';

const port = Number(process.env.PORT ?? 5173);

// Chunk groups: vendor groups keep the app's own chunks small and let the browser cache libraries
// across deploys; routes are split by React.lazy on top of this.
const mantine = /node_modules[\\/]@mantine[\\/]/;
const appShared = /[\\/]src[\\/](components|lib|hooks|api)[\\/]|node_modules[\\/]@tabler[\\/]/;
const chunkGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'router', test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/ },
  // React Query only: TanStack Virtual is for long lists on some pages, not for the shell.
  { name: 'query', test: /node_modules[\\/]@tanstack[\\/](react-query|query-core)[\\/]/ },
  // Mantine, and the app's shared parts (components, lib, hooks, api clients, icons), each in two
  // chunks split where the first route ends ('$initial': what the entry imports statically): the
  // shell's part and every page's part. Left to the bundler they were some 90 chunks of a
  // component or a helper each, and a page asked for 40 of them, which over HTTP/1.1's six
  // connections (and a phone's round trips) cost more than the bytes a page now loads for other
  // pages' parts. A/B in the README (Performance).
  { name: 'mantine-shell', tags: ['$initial' as const], test: mantine, priority: 2 },
  { name: 'mantine-pages', test: mantine, priority: 1 },
  { name: 'app-shell', tags: ['$initial' as const], test: appShared, priority: 1 },
  { name: 'app-pages', test: appShared },
];

// react-router's package exports name only its development build, dev warnings included, even
// for production (remix-run/react-router#12532, #14102); its production build ships beside it.
const reactRouterProduction = (file: string) =>
  fileURLToPath(new URL(`node_modules/react-router/dist/production/${file}`, import.meta.url));

/**
 * Mantine's AppShell header imports all of react-remove-scroll (~7 KB gzip, the scroll lock that
 * modals use) only to read two class-name constants. For AppShell's modules this resolves it to
 * those constants, taken from the same library, so modals opened later still offset the header;
 * every other importer (Modal, Drawer) gets the real library.
 */
function appShellScrollClassNames(): Plugin {
  const shimId = '\0app-shell-remove-scroll-class-names';
  return {
    name: 'app-shell-remove-scroll-class-names',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromAppShell =
        importer && /[\\/]@mantine[\\/]core[\\/].*[\\/]AppShell[\\/]/.test(importer);
      return source === 'react-remove-scroll' && fromAppShell ? shimId : null;
    },
    load(id) {
      if (id !== shimId) return null;
      return [
        "import { fullWidthClassName, zeroRightClassName } from 'react-remove-scroll-bar/constants';",
        'export const RemoveScroll = {',
        '  classNames: { fullWidth: fullWidthClassName, zeroRight: zeroRightClassName },',
        '};',
      ].join('\n');
    },
  };
}

/**
 * The stylesheet first in the built page's head. Vite writes it after the entry script and its
 * modulepreloads, so over HTTP/1.1's six connections the one file that holds the first paint
 * queued behind a dozen scripts; and a page painted from its HTML (the static shells) waits for
 * nothing but it.
 */
function stylesheetsFirst(): Plugin {
  return {
    name: 'stylesheets-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const stylesheets = html.match(/\s*<link rel="stylesheet"[^>]*>/g) ?? [];
        const firstScript = html.indexOf('<script type="module"');
        if (!stylesheets.length || firstScript < 0) return html;
        let moved = html;
        for (const link of stylesheets) moved = moved.replace(link, '');
        const at = moved.indexOf('<script type="module"');
        const tags = stylesheets.map((link) => link.trim()).join('\n    ');
        return `${moved.slice(0, at)}${tags}\n    ${moved.slice(at)}`;
      },
    },
  };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), consoleServer(), appShellScrollClassNames(), stylesheetsFirst()],
  resolve: {
    alias:
      command === 'build'
        ? [
            { find: /^react-router$/, replacement: reactRouterProduction('index.mjs') },
            { find: /^react-router\/dom$/, replacement: reactRouterProduction('dom-export.mjs') },
          ]
        : [],
  },
  server: { port, strictPort: true, host: process.env.HOST ?? 'localhost' },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  build: {
    sourcemap: false,
    // dist/.vite/manifest.json: which chunks each route loads, for scripts/bundle-report.ts.
    manifest: true,
    // Every browser the console supports preloads modules natively; the polyfill would only add
    // bytes to the first route.
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
}));

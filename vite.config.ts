import { readFileSync, writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { earlyReadsEntry, namedModules } from './contracts/page-modules.ts';
import { consoleServer } from './server/proxy/vite-plugin.ts';

const port = Number(process.env.PORT ?? 5173);

// Chunk groups: vendor groups keep the app's own chunks small and let the browser cache libraries
// across deploys; routes are split by React.lazy on top of this.
const mantine = /node_modules[\\/]@mantine[\\/]/;
const appShared =
  /[\\/]src[\\/](components|lib|hooks|api)[\\/]|[\\/]contracts[\\/]|node_modules[\\/]@tabler[\\/]/;
// Mantine's form controls and pickers, and the console's own wrappers of them. (Popover
// is not one: see `floating`; nor is the check mark, which the stepper draws too; nor is the text
// box, which a page's search needs: with it here, the catalogs page loaded every control, the
// popovers under the pickers and the dialogs' scroll lock, 45 KB gzip, for one search box.)
const controls =
  /node_modules[\\/]@mantine[\\/]core[\\/].*[\\/]components[\\/](Combobox|Select|MultiSelect|Pill|PillsInput|Textarea|Checkbox(?![\\/]CheckIcon)|Radio)[\\/]|[\\/]src[\\/]components[\\/]MessageTextInput\.tsx$/;
// Dialogs and drawers apart from the pickers: a session's drawer and a confirmation need neither
// the pickers nor the popovers under them (with the controls, a session's drawer loaded both).
// Their backdrop (Overlay, 0.7 KB) stays with every page's Mantine: in this group the popovers,
// which import it too and come first, took it, and a session's drawer loaded them all (23 KB).
const dialogs =
  /node_modules[\\/]@mantine[\\/]core[\\/].*[\\/]components[\\/](Modal|ModalBase|Drawer)[\\/]/;
// Controls that a page without a form shows (a rollout's stepper, the sessions' auto-refresh
// switch, the audit trail's page numbers) are left to the bundler, which gives each the chunk of
// its own that those pages share, instead of every page loading them or those pages loading all
// the controls. So is the tables' columns menu, which loads when it is first opened. (The lists'
// filters, with the pickers, load apart: `FiltersDisclosure`.)
const ownChunks =
  /node_modules[\\/]@mantine[\\/]core[\\/].*[\\/]components[\\/](Stepper|Switch|Pagination)[\\/]|[\\/]src[\\/]components[\\/](CompactStepper|data-table[\\/]ColumnsMenu)\.tsx$/;
// Popovers and tooltips: Mantine's, Floating UI under them, and the console's frames of them
// (about 17 KB). Asked for by the form controls' dropdowns and, at the page's first input, the
// header's dropdowns, the tables' columns menus and the tooltips: a page without a form (a
// catalog, an image, a rollout, settings, the sessions until someone uses the page) draws without
// them.
const floating =
  /node_modules[\\/]@mantine[\\/]core[\\/].*[\\/](components[\\/](Popover|Tooltip)|utils[\\/]Floating)[\\/]|node_modules[\\/]@floating-ui[\\/]|[\\/]src[\\/]components[\\/]floating-frames\.tsx$/;
const checkbox = /node_modules[\\/]@mantine[\\/]core[\\/].*[\\/]components[\\/]Checkbox[\\/]/;
// What the header loads once the shell has painted (its indicators and menu, and what they open;
// `contracts/page-modules.ts`, shellModules): every page loads these at once, so they go in the
// every-page chunk rather than a dozen requests. Over HTTP/1.1's six connections, small files
// took turns on one connection at a round trip each.
const shellLater =
  /[\\/]src[\\/]features[\\/](connection[\\/]components[\\/](ConnectionIndicator|ConnectionSummary|ConnectionProblem)|account[\\/]components[\\/](UserMenu|AccountPanel)|rollouts[\\/]components[\\/](OperationsIndicator|OperationsList))\.tsx$/;
// The toasts: their container and Mantine's (with what only it uses: its transitions, swiping a
// toast away). The provider loads them with the first toast (`src/app/provider.tsx`). In the
// every-page Mantine chunk they were 11 KB gzip of every page.
const toasts =
  /[\\/]src[\\/]app[\\/]shell[\\/]ToastContainer\.tsx$|node_modules[\\/]@mantine[\\/](notifications[\\/].*[\\/](Notifications|NotificationContainer)|core[\\/].*[\\/]components[\\/]Notification[\\/]|hooks[\\/].*[\\/]use-drag[\\/])|node_modules[\\/]react-transition-group[\\/]/;
// What keeps the page from scrolling under an open dialog (the toasts' container reads its class
// names): a chunk both the controls (Modal, Drawer) and the toasts import. Left to the bundler it
// went with the toasts, and every page with a control loaded the toasts too.
const removeScroll =
  /node_modules[\\/](react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-sidecar|use-callback-ref|get-nonce|detect-node-es|tslib)[\\/]/;
// Long lists: TanStack Table and the console's table parts.
const tables =
  /node_modules[\\/]@tanstack[\\/](table-core|react-table)[\\/]|[\\/]src[\\/]components[\\/]data-table[\\/]/;
// Drawing only the rows in view: TanStack Virtual and the console's hook over it. The tables use
// it, and so do the gallery's cards, which need no table: while it sat with the tables, the
// gallery loaded TanStack Table, the table parts and the row checkboxes (17 KB gzip) beside it.
const virtualRows =
  /node_modules[\\/]@tanstack[\\/](virtual-core|react-virtual)[\\/]|[\\/]src[\\/]hooks[\\/]use-virtual-rows/;
// The early-reads entry's imports, which the app imports too (src/early-reads/), ahead of every
// group so the entry does not wait for the app's shared chunks: what takes the answers up, and
// what builds the requests. One chunk of both (`early-shared`): the entry is on every page, so
// every page loads both, and as two files they took two turns on HTTP/1.1's six connections.
// Vite's preload helper too, which wraps the entry's one dynamic import as it does the app's.
const earlyShared =
  /[\\/]src[\\/]lib[\\/](early-answers|api-paths|path-segment|address-at-start)\.ts$|vite[\\/]preload-helper/;
const earlyRequests =
  /[\\/](src[\\/](early-reads[\\/]requests|api[\\/]citrix[\\/](search-requests|sites|image-list-request)|api[\\/]rackspace[\\/]image-requests|api[\\/]console[\\/](operation-paths|audit-requests)|features[\\/]images[\\/]gallery-reads|features[\\/]people[\\/]person-search|features[\\/]rollouts[\\/]operation-reads)|contracts[\\/](operation-id|audit-outcomes))\.ts$/;
// What reads a sessions list's view from its address: the early reads load it on the sessions
// pages only (`src/early-reads/sessions-reads.ts`), and the app with those pages.
const earlySessions =
  /[\\/]src[\\/](early-reads[\\/]sessions-reads|features[\\/]sessions[\\/](session-search|session-view|search-box-properties)|lib[\\/]url-view|hooks[\\/]saved-cursor-stack)\.ts$/;
// And the Audit page's view, read the same way (`src/early-reads/audit-reads.ts`); its request
// is among earlyRequests, in the chunk every page loads, since the app's every-page part asks for
// audit records too (a person's history).
const earlyAudit =
  /[\\/](src[\\/](early-reads[\\/]audit-reads|features[\\/]audit[\\/]audit-view)|contracts[\\/]audited-operations)\.ts$/;
// Small parts that two or three pages share. Left to the bundler, each was a file of its own
// (0.5-5 KB): a sessions list asked for four of them, a rollout three. Over HTTP/1.1 each file
// takes a turn on one of six connections, a round trip on a phone: Lighthouse's simulated load
// counted about 40-90 ms a file (README, Performance, "The stop of 7 December, morning").
// A session's words, cells and action buttons: the sessions list, a session and a person's page.
const sessionParts =
  /[\\/]src[\\/]features[\\/]sessions[\\/](session-words\.ts|components[\\/](SessionCells|SessionActionButtons)\.tsx)$/;
// A rollout's settings, its stepper, its link and how to read an operation: a catalog, the wizard
// and a rollout's page (and the plans).
const rolloutParts =
  /[\\/]src[\\/](features[\\/]rollouts[\\/](rollout-settings\.ts|operation-reading\.ts|components[\\/](RolloutLinkButton|wizard[\\/]SessionImpact)\.tsx)|components[\\/]CompactStepper\.tsx)$/;
// The audit trail's table and words: the audit page and a person's history, both of which load
// the tables, so they go with them.
const auditTable =
  /[\\/]src[\\/]features[\\/]audit[\\/](audit-words\.ts|components[\\/]AuditTable\.tsx)$/;
// What reads a page's data before its code has run (`src/app/first-page-reads.ts`): a few hundred
// bytes each, which import the every-page chunk anyway.
const pagePrefetch = /[\\/]src[\\/]features[\\/][\w-]+[\\/]prefetch-[\w-]+\.ts$/;
const outside =
  (group: RegExp, ...others: RegExp[]) =>
  (id: string) =>
    group.test(id) && others.every((other) => !other.test(id));
const anyOf =
  (...tests: (RegExp | ((id: string) => boolean))[]) =>
  (id: string) =>
    tests.some((test) => (test instanceof RegExp ? test.test(id) : test(id)));

/**
 * Higher priority first; a group takes the modules it matches and whatever they import that no
 * group before it has taken. So the groups every page loads come first, and the controls and the
 * tables last: what those use from Mantine and the app stays in the every-page chunks, and a page
 * without a form or a long list (a catalog, an image, a rollout) loads neither.
 *
 * Whole numbers only: Rolldown drops a priority's fraction (0.9 ranks as 0, and a tie goes to the
 * group listed first), so the 1.5, 1.2 and 5.5 these had ranked by their place in this list.
 */
const chunkGroups = [
  { name: 'early-shared', test: anyOf(earlyShared, earlyRequests), priority: 80 },
  { name: 'early-sessions', test: earlySessions, priority: 70 },
  { name: 'early-audit', test: earlyAudit, priority: 70 },
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
  // Mantine and the app's shared parts (components, lib, hooks, api clients, contracts, icons)
  // are split where the first route ends ('$initial': what the entry imports statically): the
  // shell's part, a chunk each, and every page's part, one chunk with the header's later parts,
  // the row checkboxes and the pages' prefetches. Left to the bundler they were some 90 chunks of
  // a component or a helper each, and a page asked for 40 of them, which over HTTP/1.1's six
  // connections (and a phone's round trips) cost more than the bytes a page now loads for other
  // pages' parts. A/B in the README (Performance).
  { name: 'mantine-shell', tags: ['$initial' as const], test: mantine, priority: 60 },
  { name: 'app-shell', tags: ['$initial' as const], test: appShared, priority: 40 },
  {
    name: 'pages',
    test: anyOf(
      outside(mantine, controls, dialogs, ownChunks, floating, toasts),
      outside(appShared, controls, tables, virtualRows, ownChunks, floating),
      shellLater,
      checkbox,
      pagePrefetch,
    ),
    priority: 20,
  },
  { name: 'floating', test: floating, priority: 15 },
  { name: 'toasts', test: toasts, priority: 10 },
  { name: 'remove-scroll', test: removeScroll, priority: 55 },
  { name: 'session-parts', test: sessionParts, priority: 14 },
  { name: 'rollout-parts', test: rolloutParts, priority: 14 },
  // Above the tables, which import it: the gallery's cards draw with it alone.
  { name: 'virtual-rows', test: virtualRows, priority: 13 },
  { name: 'dialogs', test: dialogs, priority: 11 },
  { name: 'controls', test: outside(controls, checkbox), priority: 10 },
  // With the audit trail's table, which imports them: the two pages that show it load both.
  { name: 'tables', test: anyOf(outside(tables, ownChunks), auditTable), priority: 0 },
];

// react-router's package exports name only its development build, dev warnings included, even
// for production (remix-run/react-router#12532, #14102); its production build ships beside it.
const reactRouterProduction = (file: string) =>
  fileURLToPath(new URL(`node_modules/react-router/dist/production/${file}`, import.meta.url));

/**
 * A module that some importers get in place of a library they import for next to nothing: the
 * library still goes to every other importer. Build only (the dev server bundles nothing).
 */
function importShim(options: {
  name: string;
  source: string;
  importer: RegExp;
  code: string[];
}): Plugin {
  const shimId = `\0${options.name}`;
  return {
    name: options.name,
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const shimmed = source === options.source && importer && options.importer.test(importer);
      return shimmed ? shimId : null;
    },
    load: (id) => (id === shimId ? options.code.join('\n') : null),
  };
}

/**
 * Mantine's AppShell header imports all of react-remove-scroll (~7 KB gzip, the scroll lock that
 * modals use) only to read two class-name constants. For AppShell's modules this resolves it to
 * those constants, taken from the same library, so modals opened later still offset the header;
 * every other importer (Modal, Drawer) gets the real library.
 */
const appShellScrollClassNames = () =>
  importShim({
    name: 'app-shell-remove-scroll-class-names',
    source: 'react-remove-scroll',
    importer: /[\\/]@mantine[\\/]core[\\/].*[\\/]AppShell[\\/]/,
    code: [
      "import { fullWidthClassName, zeroRightClassName } from 'react-remove-scroll-bar/constants';",
      'export const RemoveScroll = {',
      '  classNames: { fullWidth: fullWidthClassName, zeroRight: zeroRightClassName },',
      '};',
    ],
  });

/**
 * Mantine's ScrollArea imports Floating UI's React package (about 15 KB gzip with the rest of
 * Floating UI) for one hook, `useMergeRefs`, which merges the viewport's refs. Every page draws a
 * scroll area somewhere, so Floating UI came with every page though only popovers and tooltips
 * position anything. For ScrollArea this resolves it to Mantine's own ref merger, which does the
 * same (each ref set, cleanups run); popovers and tooltips get the real library (`floating`).
 */
const scrollAreaMergeRefs = () =>
  importShim({
    name: 'scroll-area-merge-refs',
    source: '@floating-ui/react',
    importer: /[\\/]@mantine[\\/]core[\\/].*[\\/]ScrollArea[\\/]ScrollArea\.mjs$/,
    code: [
      "import { useMergedRef } from '@mantine/hooks';",
      'export const useMergeRefs = (refs) => useMergedRef(...refs);',
    ],
  });

/**
 * Rewrites one exact line of one of Mantine's modules. Build only: the dev server pre-bundles
 * Mantine and keeps it as it is. Should Mantine change the line, the build fails here rather than
 * quietly keep the cost the rewrite takes out.
 */
function rewriteMantineLine(rewrite: {
  name: string;
  module: RegExp;
  line: string;
  replacement: string;
  /** What is lost if the line goes, for the build's error. */
  purpose: string;
}): Plugin {
  return {
    name: rewrite.name,
    apply: 'build',
    transform(code, id) {
      if (!rewrite.module.test(id)) return null;
      if (!code.includes(rewrite.line)) {
        throw new Error(
          `Mantine's ${basename(id)} no longer has the line that ${rewrite.name} (vite.config.ts) ` +
            `rewrites (${rewrite.purpose}): read the module again and update or drop the rewrite.`,
        );
      }
      return { code: code.replace(rewrite.line, rewrite.replacement), map: null };
    },
  };
}

/**
 * Mantine works out its default theme's CSS variables (every colour's shades, contrasts and
 * variants; 25 ms of a page's start-up in a profile at a phone's 4x) when its module loads, for
 * the one function that strips them from a provider's own, which runs only when the provider
 * writes its variables in the page. This console's provider does not (`withCssVariables={false}`:
 * they are worked out at build time, `src/theme.ts`), so the work was every page's start-up for
 * nothing. The defaults are worked out on that function's first call instead.
 */
const mantineDefaultVariablesOnFirstUse = () =>
  rewriteMantineLine({
    name: 'mantine-default-variables-on-first-use',
    module: /[\\/]@mantine[\\/]core[\\/].*[\\/]remove-default-variables\.mjs$/,
    line: 'const defaultCssVariables = defaultCssVariablesResolver(DEFAULT_THEME);',
    replacement: [
      'let resolvedDefaults;',
      'const defaults = () => (resolvedDefaults ??= defaultCssVariablesResolver(DEFAULT_THEME));',
      'const defaultCssVariables = {',
      '  get variables() { return defaults().variables; },',
      '  get light() { return defaults().light; },',
      '  get dark() { return defaults().dark; },',
      '};',
    ].join('\n'),
    purpose: 'the default variables worked out as the module loads',
  });

/**
 * Mantine's `useId` gives each component React's id, then, in a layout effect as the component
 * first appears, a random one in its place (the hook does not say why). A state set there is
 * drawn again at once, inside the same commit: every component that mounts with an id (the app
 * shell, inputs, switches, popovers) drew twice, the shell with the whole page under it, which was
 * one long task of the sessions page's start-up at a phone's 4x CPU. With the swap taken out,
 * React's id, unique within the root (the app has one) and the same on every render, is the id
 * (`npm start` keeps Mantine's own).
 */
const mantineIdWithoutRedraw = () =>
  rewriteMantineLine({
    name: 'mantine-id-without-redraw',
    module: /[\\/]@mantine[\\/]hooks[\\/]esm[\\/]use-id[\\/]use-id\.mjs$/,
    line: 'setUuid(randomId());',
    replacement: '',
    purpose: 'the random id set in an effect, which redraws every component with an id',
  });

/**
 * Marks the scripts whose functions nearly all run as a page starts (React, the shell's Mantine
 * and app parts, the entry, and what every page and every list draws with) for V8 to compile
 * whole as they stream in, on a background thread (Chromium's explicit compile hints, since 136).
 * Otherwise V8 compiles each function on the main thread when it is first called, which was much
 * of the start-up's longest task. Other chunks are left to V8's lazy compilation: a dialog's
 * code compiled whole would cost memory for functions that may never run.
 */
function compileHints(): Plugin {
  const startUp = new Set([
    'react',
    'mantine-shell',
    'app-shell',
    'index',
    'pages',
    'tables',
    'virtual-rows',
  ]);
  return {
    name: 'compile-hints',
    // The browser's build only: the static shells' build for Node has chunks of the same names.
    apply: (config, { command }) => command === 'build' && !config.build?.ssr,
    // As the files are written: until then Vite's own plugins still add lines at the top.
    writeBundle(options, bundle) {
      const marked = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !startUp.has(chunk.name) || !options.dir) continue;
        const file = resolve(options.dir, chunk.fileName);
        // Only as the file's first line does V8 read it.
        writeFileSync(file, `//# allFunctionsCalledOnLoad\n${readFileSync(file, 'utf8')}`);
        marked.add(chunk.name);
      }
      // A chunk group renamed or merged would otherwise lose its hint without a word.
      const missing = [...startUp].filter((name) => !marked.has(name));
      if (missing.length > 0) {
        throw new Error(
          `compileHints (vite.config.ts) found no chunk named ${missing.join(', ')}.`,
        );
      }
    },
  };
}

/**
 * `.vite/module-chunks.json`: for each module `contracts/page-modules.ts` names that a chunk group
 * took in (the header's later parts, `shellLater`), the manifest key of the chunk that holds it.
 * The manifest keys only entries and chunks, and the server names a page's chunks in its HTML by
 * these modules (`server/production/page-html.ts`). Keys as Vite writes them: an entry's by its
 * module, any other chunk's by its file name after an underscore.
 */
function moduleChunks(): Plugin {
  let root = '';
  let ssr = false;
  return {
    name: 'module-chunks',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      ssr = Boolean(config.build.ssr);
    },
    generateBundle(_options, bundle) {
      if (ssr) return;
      const named = new Set(namedModules());
      const chunks: Record<string, string> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const key = chunk.facadeModuleId
          ? relative(root, chunk.facadeModuleId)
          : `_${basename(chunk.fileName)}`;
        for (const id of chunk.moduleIds) {
          const module = relative(root, id);
          if (named.has(module) && module !== key) chunks[module] = key;
        }
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/module-chunks.json',
        source: JSON.stringify(chunks, null, 2),
      });
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

/**
 * The built page's scripts at low priority (`fetchpriority="low"`; the server marks the page's own
 * `modulepreload`s the same way, `server/production/page-html.ts`). The first paint is the static
 * shell, drawn from the HTML and its stylesheets alone: no script holds it, and saying so lets the
 * stylesheets go first. On the phone-like load (real throttling) the largest paint moved by less
 * than the runs' spread (README, Performance). Lighthouse's simulation, which cannot tell when a
 * module script runs, counted every one that had arrived before the observed first paint as
 * holding it: a first paint of 2.9 s or 1.2 s by chance, 1.2 s now.
 */
function scriptsAtLowPriority(): Plugin {
  return {
    name: 'scripts-at-low-priority',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replaceAll('<script type="module" ', '<script type="module" fetchpriority="low" ')
          .replaceAll(
            '<link rel="modulepreload" ',
            '<link rel="modulepreload" fetchpriority="low" ',
          ),
    },
  };
}

/**
 * The early-reads entry in the page's head (`src/early-reads/main.ts`), apart from the app's: an
 * `async` module runs as soon as it has arrived, whatever the app's scripts are doing, and sends
 * the page's first reads. Ahead of the app's scripts, at high priority: a few hundred bytes that
 * start the reads the page waits for. The build names its chunk and that chunk's imports.
 */
function earlyReadsScript(): Plugin {
  const tags = (file: string, imports: string[]) =>
    [
      `<script type="module" async fetchpriority="high" crossorigin src="/${file}"></script>`,
      ...imports.map(
        (chunk) => `<link rel="modulepreload" fetchpriority="high" crossorigin href="/${chunk}">`,
      ),
    ].join('\n    ');
  return {
    name: 'early-reads-script',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        let script = tags(earlyReadsEntry, []);
        let page = html;
        if (bundle) {
          const chunk = Object.values(bundle).find(
            (output) =>
              output.type === 'chunk' &&
              output.isEntry &&
              output.facadeModuleId?.endsWith(earlyReadsEntry),
          );
          if (!chunk || chunk.type !== 'chunk') throw new Error(`No chunk for ${earlyReadsEntry}`);
          script = tags(chunk.fileName, chunk.imports);
          // A chunk the app imports too is named once, here, at high priority, not again among
          // the app's at low priority.
          for (const shared of chunk.imports) {
            const href = shared.replaceAll('.', '\\.');
            page = page.replace(
              new RegExp(`\\s*<link rel="modulepreload"[^>]*href="/${href}">`),
              '',
            );
          }
        }
        const at = page.indexOf('<script type="module"');
        return `${page.slice(0, at)}${script}\n    ${page.slice(at)}`;
      },
    },
  };
}

export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [
    react(),
    consoleServer(),
    appShellScrollClassNames(),
    scrollAreaMergeRefs(),
    mantineDefaultVariablesOnFirstUse(),
    mantineIdWithoutRedraw(),
    stylesheetsFirst(),
    scriptsAtLowPriority(),
    // After it: this entry's script is the one at high priority.
    earlyReadsScript(),
    moduleChunks(),
    compileHints(),
  ],
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
    // One stylesheet for every page, in the HTML's head (src/app/styles/mantine.ts). Split per
    // chunk, a page asked for five to eight of them, most under 1 KB, each a round trip on one of
    // HTTP/1.1's six connections ahead of the scripts; the pages' Mantine styles, which every page
    // loaded anyway, came as a second file. One file is 18 KB compressed, less than those together.
    cssCodeSplit: false,
    rolldownOptions: {
      // The app, and the early-reads entry apart from it (earlyReadsScript); the static shells'
      // build for Node (scripts/build.ts) names its own.
      ...(isSsrBuild ? {} : { input: { index: 'index.html', 'early-reads': earlyReadsEntry } }),
      output: { codeSplitting: { groups: chunkGroups } },
    },
  },
}));

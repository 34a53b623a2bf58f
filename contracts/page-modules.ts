const sessionsEarlyReads = 'src/early-reads/sessions-reads.ts';
const auditEarlyReads = 'src/early-reads/audit-reads.ts';

/**
 * Which page modules (`src/app/routes/<name>.tsx`, or a path from the root) draw each address, and which modules the
 * shell loads just after it paints. Plain data, for the server: it names these modules' chunks
 * in the HTML, so the browser fetches a page's code alongside the entry instead of after the
 * entry has run. `src/app/page-modules.test.ts` keeps it in step with the router.
 *
 * The first pattern that matches wins, so a fixed segment (`/plans/new`) comes before a
 * parameter (`/plans/:planId`).
 */
export const pageModules: readonly {
  pattern: string;
  modules: readonly string[];
  /** What the early-reads entry loads for this page's reads: named first, at high priority. */
  earlyModules?: readonly string[];
}[] = [
  // The gallery's reads start from their own module (a prefetch, in the every-page chunk since 7
  // December), named first, as the person's do (below), and those of an image, a catalog and a
  // rollout, whose headings come with them.
  { pattern: '/', modules: ['src/features/images/prefetch-gallery.ts', 'images'] },
  { pattern: '/images', modules: ['src/features/images/prefetch-gallery.ts', 'images'] },
  {
    pattern: '/images/:provider/:imageId',
    modules: ['src/features/images/prefetch-image.ts', 'image-detail'],
  },
  { pattern: '/catalogs', modules: ['catalogs'] },
  {
    pattern: '/catalogs/:catalogId',
    modules: ['src/features/catalogs/prefetch-catalog.ts', 'catalog-detail'],
  },
  { pattern: '/rollouts/new', modules: ['rollout-new'] },
  {
    pattern: '/rollouts/:rolloutId',
    modules: ['src/features/rollouts/prefetch-rollout.ts', 'rollout-progress'],
  },
  { pattern: '/plans/new', modules: ['plans'] },
  { pattern: '/plans/:planId', modules: ['plans'] },
  { pattern: '/plans/:planId/change', modules: ['plans'] },
  // The list's first read is built by a chunk the early reads load on these pages only. On the
  // list's own page the app reads it too before its first render, from its own module (named
  // first), and draws with its answer; under a session's drawer it does not. The table's
  // code is named on the list's page only: under a session's drawer a phone holds the list back,
  // and a wider screen loads it with the page's code (`tableAlongside`).
  {
    pattern: '/sessions',
    modules: [
      'src/features/sessions/prefetch-sessions.ts',
      'sessions',
      'src/features/sessions/components/SessionsTable.tsx',
    ],
    earlyModules: [sessionsEarlyReads],
  },
  {
    pattern: '/sessions/:sessionId',
    modules: ['sessions', 'sessions-detail'],
    earlyModules: [sessionsEarlyReads],
  },
  // The person's reads start from their own module as soon as it arrives: named first, so the
  // browser fetches it and what it imports before the page's own chunks.
  { pattern: '/users/:user', modules: ['src/features/people/prefetch-person.ts', 'person'] },
  { pattern: '/audit', modules: ['audit'], earlyModules: [auditEarlyReads] },
  { pattern: '/settings', modules: ['settings'] },
];

/**
 * The early-reads entry: the build's second entry, which every page's HTML loads on its own and
 * which sends a page's first reads before the app's code has arrived (`src/early-reads/`).
 */
export const earlyReadsEntry = 'src/early-reads/main.ts';

/** What the header loads once the shell has painted (`AppLayout`'s lazy parts). */
export const shellModules: readonly string[] = [
  'src/features/rollouts/components/OperationsIndicator.tsx',
  'src/features/connection/components/ConnectionIndicator.tsx',
  'src/features/account/components/UserMenu.tsx',
];

/**
 * What the header reads on every page, named in the HTML too: asked for with the page, the
 * answers are there when the header's code runs. Exact URLs: the app's own request must be the
 * same one for the browser to hand it the preloaded answer.
 */
export const shellReads: readonly string[] = ['/api/connection', '/api/me'];

/** A name above as a path from the root: a bare name is a route module's. */
export const moduleOf = (name: string) =>
  name.includes('/') ? name : `src/app/routes/${name}.tsx`;

/** Every module named above, as paths from the root. */
export const namedModules = (): string[] => [
  ...new Set(
    [
      ...pageModules.flatMap((page) => [...page.modules, ...(page.earlyModules ?? [])]),
      ...shellModules,
    ].map(moduleOf),
  ),
];

/**
 * What a pattern's parameters read in a path (`/users/:user` in `/users/ada`: `{ user: 'ada' }`),
 * as the path comes (not decoded here); null when the pattern does not match the path.
 */
export function pathParams(pattern: string, pathname: string): Record<string, string> | null {
  const segments = pathname.split('/').filter(Boolean);
  const parts = pattern.split('/').filter(Boolean);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    if (part.startsWith(':')) params[part.slice(1)] = segments[i]!;
    else if (part !== segments[i]) return null;
  }
  return params;
}

/** The entry of `pageModules` that draws a path; none for an address no page answers. */
export function pageFor(pathname: string) {
  return pageModules.find(({ pattern }) => pathParams(pattern, pathname) !== null);
}

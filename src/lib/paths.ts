import { generatePath } from 'react-router';

/** What an audit link narrows the trail to; the Audit page reads the same parameter names. */
export type AuditLinkFilters = Partial<
  Record<'actor' | 'operation' | 'target' | 'outcome' | 'from' | 'to', string>
>;

/** What a link into the plan form may preset; `/plans/new` reads the same names. */
export interface PlanPresets {
  image?: string;
  catalogs?: string[];
  delay?: number;
  title?: string;
  message?: string;
}

/** `path?query`, leaving out empty values, so a link carries only what it means. */
function withQuery(path: string, query: Record<string, string | undefined>) {
  const set = Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]);
  const search = new URLSearchParams(set).toString();
  return search ? `${path}?${search}` : path;
}

/**
 * A page's route: the `pattern` the router matches and the `href` that builds links to it from
 * that same pattern (`generatePath` encodes each parameter), so links and routes cannot drift.
 */
function route<const Pattern extends string, Args extends unknown[]>(
  pattern: Pattern,
  href: (pattern: Pattern, ...args: Args) => string,
) {
  return { pattern, href: (...args: Args) => href(pattern, ...args) };
}

/** Every page's URL, in one place. */
export const paths = {
  home: route('/', (pattern) => pattern),
  images: route('/images', (pattern) => pattern),
  imageDetail: route(
    '/images/:provider/:imageId',
    (pattern, provider: 'citrix' | 'rackspace', imageId: string, region?: string) =>
      withQuery(generatePath(pattern, { provider, imageId }), { region }),
  ),
  catalogs: route('/catalogs', (pattern) => pattern),
  catalogDetail: route('/catalogs/:catalogId', (pattern, catalogId: string) =>
    generatePath(pattern, { catalogId }),
  ),
  newRollout: route(
    '/rollouts/new',
    (pattern, choices: { image?: string; catalog?: string } = {}) =>
      withQuery(pattern, { catalog: choices.catalog, image: choices.image }),
  ),
  rollout: route('/rollouts/:rolloutId', (pattern, rolloutId: string) =>
    generatePath(pattern, { rolloutId }),
  ),
  /**
   * A rollout plan to several catalogs, drafted from `image`, `catalogs` (the first wave) and,
   * from the single wizard, its restart settings (`delay` as `vdaUpdateDelay`, `title`, `message`).
   */
  newPlan: route('/plans/new', (pattern, presets: PlanPresets = {}) =>
    withQuery(pattern, {
      ...presets,
      catalogs: presets.catalogs?.join(','),
      delay: presets.delay?.toString(),
    }),
  ),
  plan: route('/plans/:planId', (pattern, planId: string) => generatePath(pattern, { planId })),
  /** The plan form again, prefilled, for a plan that has not started. */
  changePlan: route('/plans/:planId/change', (pattern, planId: string) =>
    generatePath(pattern, { planId }),
  ),
  /** `user` opens the sessions of one person, e.g. from a ticket: `/sessions?user=jdoe`. */
  sessions: route('/sessions', (pattern, filters: { user?: string } = {}) =>
    withQuery(pattern, filters),
  ),
  /** Relative to the sessions list: the details drawer opens over it. */
  sessionDetail: route('/sessions/:sessionId', (pattern, sessionId: string) =>
    generatePath(pattern, { sessionId }),
  ),
  /** Everything about one person: `DOMAIN\\name`, a UPN or a bare account name, matched exactly. */
  user: route('/users/:user', (pattern, user: string) => generatePath(pattern, { user })),
  /** `target` narrows the trail to what was done to one catalog, session or image. */
  audit: route('/audit', (pattern, filters: AuditLinkFilters = {}) => withQuery(pattern, filters)),
  settings: route('/settings', (pattern) => pattern),
} as const;

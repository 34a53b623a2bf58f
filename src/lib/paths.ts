/** What an audit link narrows the trail to; the Audit page reads the same parameter names. */
export type AuditLinkFilters = Partial<
  Record<'actor' | 'operation' | 'target' | 'outcome' | 'from' | 'to', string>
>;

/** Every page's URL, in one place, so links and the route table cannot drift apart. */
export const paths = {
  home: '/',
  images: '/images',
  catalogs: '/catalogs',
  sessions: '/sessions',
  settings: '/settings',
  audit: (filters: AuditLinkFilters = {}) => {
    const set = Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1]);
    const search = new URLSearchParams(set).toString();
    return search ? `/audit?${search}` : '/audit';
  },
  /** The trail of what was done to one catalog, session or image: `/audit?target=<id>`. */
  auditFor: (targetId: string) => `/audit?${new URLSearchParams({ target: targetId }).toString()}`,
  /** Route pattern of one image's page; `imageDetail` builds its links. */
  imageDetailPattern: '/images/:provider/:imageId',
  imageDetail: (provider: 'citrix' | 'rackspace', imageId: string, region?: string) =>
    `/images/${provider}/${encodeURIComponent(imageId)}${region ? `?region=${encodeURIComponent(region)}` : ''}`,
  catalogDetail: (catalogId: string) => `/catalogs/${encodeURIComponent(catalogId)}`,
  newRollout: (params: { image?: string; catalog?: string }) => {
    const query = new URLSearchParams();
    if (params.catalog) query.set('catalog', params.catalog);
    if (params.image) query.set('image', params.image);
    const search = query.toString();
    return search ? `/rollouts/new?${search}` : '/rollouts/new';
  },
  rollout: (rolloutId: string) => `/rollouts/${encodeURIComponent(rolloutId)}`,
  /** A user's sessions, e.g. from a ticket: `/sessions?user=jdoe`. */
  userSessions: (user: string) => `/sessions?${new URLSearchParams({ user }).toString()}`,
  sessionDetail: (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}`,
} as const;

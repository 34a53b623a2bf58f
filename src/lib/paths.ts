/** Every page's URL, in one place, so links and the route table cannot drift apart. */
export const paths = {
  home: '/',
  images: '/images',
  catalogs: '/catalogs',
  sessions: '/sessions',
  settings: '/settings',
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

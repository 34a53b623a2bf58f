/** Every page's URL, in one place, so links and the route table cannot drift apart. */
export const paths = {
  home: '/',
  images: '/images',
  catalogs: '/catalogs',
  sessions: '/sessions',
  settings: '/settings',
} as const;

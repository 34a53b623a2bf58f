/**
 * What the pages whose heading does not depend on data say at their top. The pages draw these,
 * and the server paints them in the page's HTML before any script has run (the static shells,
 * `src/app/shell/static-shells.tsx`), so the words a person reads first are there at first paint.
 * One source, so the painted heading and the page's own never differ.
 */
export interface PageHeading {
  title: string;
  description: string;
}

export const pageHeadings = {
  images: {
    title: 'Images',
    description:
      'Every master image across Citrix DaaS and Rackspace Cloud Servers: which are ready, which are still building or failed, and which catalogs use them.',
  },
  catalogs: {
    title: 'Catalogs',
    description:
      'The Citrix DaaS catalogs that deliver desktops and apps, and the image each one runs.',
  },
  sessions: {
    title: 'Sessions',
    description:
      'Find a user’s sessions among every session in the site, see how they connect, and log off, disconnect or message the stuck one.',
  },
  audit: {
    title: 'Audit trail',
    description:
      'Who did what through the console, to what, and how it ended. Records are kept as written: nobody can edit or delete them.',
  },
  'rollout-new': {
    title: 'Roll out a new image',
    description:
      "Update a catalog's master image. Its machines restart onto the new image as you choose.",
  },
  settings: {
    title: 'Settings',
    description: 'Which clouds the console is connected to, how to change that, and how it looks.',
  },
} as const satisfies Record<string, PageHeading>;

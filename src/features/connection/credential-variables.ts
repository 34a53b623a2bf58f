/**
 * The settings an administrator puts in `.env.local` on the console server (names as read by
 * `server/proxy/config.ts`). Names only: the values are secrets that never reach the browser.
 */
export const credentialVariables = [
  {
    group: 'Mode',
    variables: [
      {
        name: 'CONSOLE_MODE',
        meaning: 'simulator or cloud; when unset, cloud if any credentials are set',
      },
    ],
  },
  {
    group: 'Citrix DaaS',
    variables: [
      {
        name: 'CITRIX_CLIENT_ID',
        meaning: 'API client ID, from Citrix Cloud › Identity and Access Management › API Access',
      },
      { name: 'CITRIX_CLIENT_SECRET', meaning: 'that API client’s secret' },
      { name: 'CITRIX_CUSTOMER_ID', meaning: 'Citrix Cloud customer ID' },
      { name: 'CITRIX_REGION', meaning: 'Citrix Cloud region: us (default), eu, ap-s or jp' },
      { name: 'CITRIX_SITE_ID', meaning: 'optional; the site is discovered when unset' },
    ],
  },
  {
    group: 'Rackspace Cloud Servers',
    variables: [
      { name: 'RACKSPACE_USERNAME', meaning: 'Rackspace account user name' },
      { name: 'RACKSPACE_API_KEY', meaning: 'that user’s API key' },
      {
        name: 'RACKSPACE_REGION',
        meaning: 'optional; DFW, ORD, IAD, LON, SYD or HKG (default: the account’s own)',
      },
    ],
  },
] as const;

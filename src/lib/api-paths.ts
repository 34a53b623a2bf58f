/** Where each API is under the console's own origin: its proxy (`contracts/console-api.ts`). */
export const apiPaths = {
  /** The console server's own endpoints. */
  console: '/api/',
  /** Citrix DaaS REST API (`cvad/manage`). */
  cvad: '/api/cvad/manage/',
  /** Citrix catalog service. */
  catalogService: '/api/catalogservice/',
  /** Rackspace Cloud Servers. */
  rackspace: '/api/rackspace/',
  /** The console server's sign-in endpoints. */
  auth: '/auth/',
} as const;

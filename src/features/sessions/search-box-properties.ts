/**
 * What the sessions search box searches, each with `Contains`. A module of its own, free of the
 * browser's API client, so the benchmarks send exactly the same search.
 */
export const searchBoxProperties = [
  'UserName',
  'UserPrincipalName',
  'UserDisplayName',
  'MachineName',
  'ClientName',
  'ClientIP',
] as const;

import type { CvadSearchCall } from '../api/citrix/search-requests.ts';
import { apiPaths } from '../lib/api-paths.ts';
import type { EarlyRead } from '../lib/early-answers.ts';

type SearchParams = Record<string, string | number> | URLSearchParams;

/** A query as ky writes its `searchParams`: each value in words, in the order given. */
const queryOf = (searchParams: SearchParams) =>
  (searchParams instanceof URLSearchParams
    ? searchParams
    : new URLSearchParams(
        Object.entries(searchParams).map(([name, value]) => [name, String(value)]),
      )
  ).toString();

/** A `$search` under cvad/manage as the API client sends it: prefix, path, query, JSON body. */
export function cvadSearch({ path, searchParams, json }: CvadSearchCall): EarlyRead {
  const url = `${apiPaths.cvad}${path}?${queryOf(searchParams)}`;
  return { method: 'POST', url, body: JSON.stringify(json) };
}

/** A GET under one of the proxy's prefixes as the API client sends it (ky: no `?` when empty). */
function getRead(prefix: string, path: string, searchParams: SearchParams = {}) {
  const query = queryOf(searchParams);
  return { method: 'GET', url: `${prefix}${path}${query ? `?${query}` : ''}` } satisfies EarlyRead;
}
export const consoleRead = (path: string, searchParams?: SearchParams) =>
  getRead(apiPaths.console, path, searchParams);
export const catalogServiceRead = (path: string, searchParams?: URLSearchParams) =>
  getRead(apiPaths.catalogService, path, searchParams);
export const rackspaceRead = (path: string, searchParams: URLSearchParams) =>
  getRead(apiPaths.rackspace, path, searchParams);

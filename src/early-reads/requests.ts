import type { CvadSearchCall } from '../api/citrix/search-requests.ts';
import { apiPaths } from '../lib/api-paths.ts';
import type { EarlyRead } from '../lib/early-answers.ts';

/** A `$search` under cvad/manage as the API client sends it: prefix, path, query, JSON body. */
export function cvadSearch({ path, searchParams, json }: CvadSearchCall): EarlyRead {
  const query = new URLSearchParams(
    Object.entries(searchParams).map(([name, value]) => [name, String(value)]),
  );
  return { method: 'POST', url: `${apiPaths.cvad}${path}?${query}`, body: JSON.stringify(json) };
}

/** A GET under one of the proxy's prefixes as the API client sends it (ky: no `?` when empty). */
function getRead(prefix: string, path: string, searchParams: Record<string, string | number> = {}) {
  const query = new URLSearchParams(
    Object.entries(searchParams).map(([name, value]) => [name, String(value)]),
  ).toString();
  return { method: 'GET', url: `${prefix}${path}${query ? `?${query}` : ''}` } satisfies EarlyRead;
}
export const consoleRead = (path: string, searchParams?: Record<string, string | number>) =>
  getRead(apiPaths.console, path, searchParams);
export const catalogServiceRead = (path: string) => getRead(apiPaths.catalogService, path);

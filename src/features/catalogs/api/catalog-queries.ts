import { queryOptions } from '@tanstack/react-query';
import { catalogServiceApi, cvadApi } from '../../../lib/api-clients.ts';
import {
  catalogListSchema,
  catalogSchema,
  rolloutImageListSchema,
  sessionCountSchema,
} from './catalog-schemas.ts';

/** The customer and site every catalog-service path starts with (from the connection status). */
export interface SiteScope {
  customerId: string;
  siteId: string;
}

export const sitePath = ({ customerId, siteId }: SiteScope) =>
  `${encodeURIComponent(customerId)}/${encodeURIComponent(siteId)}`;

async function getCatalogs(scope: SiteScope, signal: AbortSignal) {
  const body = await catalogServiceApi.get(`${sitePath(scope)}/catalogs`, { signal }).json();
  return catalogListSchema.parse(body).items;
}

async function getCatalog(scope: SiteScope, catalogId: string, signal: AbortSignal) {
  const path = `${sitePath(scope)}/catalogs/${encodeURIComponent(catalogId)}`;
  return catalogSchema.parse(await catalogServiceApi.get(path, { signal }).json());
}

async function getImages(scope: SiteScope, signal: AbortSignal) {
  const body = await catalogServiceApi.get(`${sitePath(scope)}/images`, { signal }).json();
  return rolloutImageListSchema.parse(body).items;
}

/** How many sessions run on the catalog's machines: one `$search` asking for one item. */
async function countCatalogSessions(catalogName: string, signal: AbortSignal) {
  const body = await cvadApi
    .post('Sessions/$search', {
      searchParams: { limit: 1 },
      json: {
        SearchFilters: [{ Property: 'MachineCatalog', Operator: 'Equals', Value: catalogName }],
      },
      signal,
    })
    .json();
  return sessionCountSchema.parse(body).TotalItems ?? null;
}

export const catalogQueries = {
  all: () => ['catalogs'] as const,
  list: (scope: SiteScope) =>
    queryOptions({
      queryKey: [...catalogQueries.all(), 'list', scope] as const,
      queryFn: ({ signal }) => getCatalogs(scope, signal),
    }),
  detail: (scope: SiteScope, catalogId: string) =>
    queryOptions({
      queryKey: [...catalogQueries.all(), 'detail', scope, catalogId] as const,
      queryFn: ({ signal }) => getCatalog(scope, catalogId, signal),
    }),
  /** The images a rollout can choose from (this feature's own read of the image list). */
  images: (scope: SiteScope) =>
    queryOptions({
      queryKey: [...catalogQueries.all(), 'images', scope] as const,
      queryFn: ({ signal }) => getImages(scope, signal),
    }),
  sessionImpact: (catalogName: string) =>
    queryOptions({
      queryKey: [...catalogQueries.all(), 'session-impact', catalogName] as const,
      queryFn: ({ signal }) => countCatalogSessions(catalogName, signal),
      // An estimate for the review step; failing is fine (the impact is then "unknown").
      retry: false,
      staleTime: 30_000,
    }),
};

/**
 * The gallery's view, read from and written to the URL search params: what the page shows is
 * exactly what the address says, so reload, Back and a shared link all give the same view.
 * Values that do not parse fall back to their defaults instead of breaking the page.
 */
export const providers = ['citrix', 'rackspace'] as const;
export const views = ['cards', 'table'] as const;
export const sorts = ['newest', 'name', 'state'] as const;
export const sources = ['all', 'customer', 'citrix'] as const;
export const toneFacets = ['ready', 'in-progress', 'failed', 'other'] as const;
export const sessionFacets = ['MultiSession', 'SingleSession'] as const;
export const deprecatedFacets = ['show', 'hide', 'only'] as const;
export const rackspaceStatuses = ['ACTIVE', 'SAVING', 'ERROR', 'UNKNOWN', 'DELETED'] as const;
export const rackspaceTypes = ['base', 'snapshot'] as const;
export const pageSizes = [25, 50, 100] as const;

export interface GallerySearch {
  provider: (typeof providers)[number];
  view: (typeof views)[number];
  sort: (typeof sorts)[number];
  /** Free text, matched in the browser over what was fetched. */
  q: string;
  /** Facets the APIs lack, applied in the browser. */
  tone: (typeof toneFacets)[number] | null;
  os: string | null;
  session: (typeof sessionFacets)[number] | null;
  deprecated: (typeof deprecatedFacets)[number];
  /** Citrix: sent to the catalog service. */
  source: (typeof sources)[number];
  subscriptions: string[];
  /** Rackspace: sent to the compute API. */
  region: string | null;
  name: string;
  status: (typeof rackspaceStatuses)[number] | null;
  type: (typeof rackspaceTypes)[number] | null;
  /** `YYYY-MM-DD`: images changed since the start of that day (UTC). */
  since: string | null;
  limit: (typeof pageSizes)[number];
}

export const defaultSearch: GallerySearch = {
  provider: 'citrix',
  view: 'cards',
  sort: 'newest',
  q: '',
  tone: null,
  os: null,
  session: null,
  deprecated: 'show',
  source: 'all',
  subscriptions: [],
  region: null,
  name: '',
  status: null,
  type: null,
  since: null,
  limit: 50,
};

function oneOf<T extends string | number>(allowed: readonly T[], raw: string | null): T | null {
  return allowed.find((value) => String(value) === raw) ?? null;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const regionPattern = /^[A-Z]{3}$/;

export function readGallerySearch(params: URLSearchParams): GallerySearch {
  const since = params.get('since');
  const region = params.get('region')?.toUpperCase() ?? null;
  return {
    provider: oneOf(providers, params.get('provider')) ?? defaultSearch.provider,
    view: oneOf(views, params.get('view')) ?? defaultSearch.view,
    sort: oneOf(sorts, params.get('sort')) ?? defaultSearch.sort,
    q: params.get('q') ?? '',
    tone: oneOf(toneFacets, params.get('state')),
    os: params.get('os') || null,
    session: oneOf(sessionFacets, params.get('session')),
    deprecated: oneOf(deprecatedFacets, params.get('deprecated')) ?? defaultSearch.deprecated,
    source: oneOf(sources, params.get('source')) ?? defaultSearch.source,
    subscriptions: params.getAll('subscription').filter(Boolean),
    region: region && regionPattern.test(region) ? region : null,
    name: params.get('name') ?? '',
    status: oneOf(rackspaceStatuses, params.get('status')?.toUpperCase() ?? null),
    type: oneOf(rackspaceTypes, params.get('type')?.toLowerCase() ?? null),
    since: since && datePattern.test(since) && !Number.isNaN(Date.parse(since)) ? since : null,
    limit: oneOf(pageSizes, params.get('limit')) ?? defaultSearch.limit,
  };
}

/** Only what differs from the defaults goes into the URL, so plain links stay plain. */
export function writeGallerySearch(search: GallerySearch): URLSearchParams {
  const params = new URLSearchParams();
  const put = (key: string, value: string | number | null, fallback: string | number | null) => {
    if (value !== null && value !== '' && value !== fallback) params.set(key, String(value));
  };
  put('provider', search.provider, defaultSearch.provider);
  put('view', search.view, defaultSearch.view);
  put('sort', search.sort, defaultSearch.sort);
  put('q', search.q, '');
  put('state', search.tone, null);
  put('os', search.os, null);
  put('session', search.session, null);
  put('deprecated', search.deprecated, defaultSearch.deprecated);
  put('source', search.source, defaultSearch.source);
  for (const id of search.subscriptions) params.append('subscription', id);
  put('region', search.region, null);
  put('name', search.name, '');
  put('status', search.status, null);
  put('type', search.type, null);
  put('since', search.since, null);
  put('limit', search.limit, defaultSearch.limit);
  return params;
}

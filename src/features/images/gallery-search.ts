/**
 * The gallery's view, read from and written to the URL search params: what the page shows is
 * exactly what the address says, so reload, Back and a shared link all give the same view.
 * Values that do not parse fall back to their defaults instead of breaking the page.
 */
import { defineUrlView, type UrlView } from '../../lib/url-view.ts';

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

/** The one declaration of the gallery's URL parameters, in the order they are written. */
export const gallerySearchUrlView = defineUrlView({
  provider: {
    kind: 'oneOf',
    values: providers,
    default: 'citrix',
    label: 'cloud',
    instead: 'showing Citrix images',
  },
  view: { kind: 'oneOf', values: views, default: 'cards', label: 'view', instead: 'showing cards' },
  sort: {
    kind: 'oneOf',
    values: sorts,
    default: 'newest',
    label: 'sort order',
    instead: 'newest first',
  },
  /** Free text, matched in the browser over what was fetched. */
  q: { kind: 'text', default: '' },
  /** Facets the APIs lack, applied in the browser. */
  tone: {
    kind: 'oneOf',
    param: 'state',
    values: toneFacets,
    default: null,
    label: 'state filter',
    instead: 'any state',
  },
  os: { kind: 'text', default: null },
  session: {
    kind: 'oneOf',
    values: sessionFacets,
    default: null,
    label: 'session type filter',
    instead: 'any session type',
  },
  deprecated: {
    kind: 'oneOf',
    values: deprecatedFacets,
    default: 'show',
    label: 'deprecated filter',
    instead: 'deprecated images shown',
  },
  /** Citrix: sent to the catalog service. */
  source: {
    kind: 'oneOf',
    values: sources,
    default: 'all',
    label: 'source filter',
    instead: 'any source',
  },
  subscriptions: { kind: 'repeated', param: 'subscription' },
  /** Rackspace: sent to the compute API. */
  region: {
    kind: 'text',
    default: null,
    upperCase: true,
    pattern: /^[A-Z]{3}$/,
    label: 'region',
    instead: 'showing the account’s default region',
  },
  name: { kind: 'text', default: '' },
  status: {
    kind: 'oneOf',
    values: rackspaceStatuses,
    default: null,
    ignoreCase: true,
    label: 'status filter',
    instead: 'any status',
  },
  type: {
    kind: 'oneOf',
    values: rackspaceTypes,
    default: null,
    ignoreCase: true,
    label: 'image type filter',
    instead: 'any type',
  },
  /** `YYYY-MM-DD`: images changed since the start of that day (UTC). */
  since: {
    kind: 'date',
    time: false,
    default: null,
    label: 'date (expected YYYY-MM-DD)',
    instead: 'not filtering by date',
  },
  limit: {
    kind: 'oneOf',
    values: pageSizes,
    default: 50,
    label: 'page size',
    instead: 'showing 50 per page',
  },
});

export type GallerySearch = UrlView<typeof gallerySearchUrlView.declaration>;

export const defaultSearch: GallerySearch = gallerySearchUrlView.defaults;

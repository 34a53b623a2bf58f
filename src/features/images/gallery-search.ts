/**
 * The gallery's view, read from and written to the URL search params: what the page shows is
 * exactly what the address says, so reload, Back and a link pasted into a ticket all give the same
 * view. Values that do not parse fall back to their defaults instead of breaking the page.
 */
import { defineUrlView, sortDirectionParam, type UrlView } from '../../lib/url-view.ts';

export const providers = ['citrix', 'rackspace'] as const;
export const views = ['cards', 'table'] as const;
export const sortKeys = [
  'newest',
  'name',
  'state',
  'provider',
  'region',
  'created',
  'updated',
  'size',
  'catalogs',
] as const;
export type GallerySortKey = (typeof sortKeys)[number];
/** A state facet: the tones, plus deprecated (an image can be Ready and deprecated). */
export const stateFacets = ['ready', 'in-progress', 'failed', 'deprecated', 'other'] as const;
export const sessionFacets = ['MultiSession', 'SingleSession'] as const;
export const presets = ['attention'] as const;
export const preparedByFacets = ['customer', 'citrix', 'rackspace'] as const;
/** The values the one-provider gallery wrote, so links already pasted in tickets still work. */
export const deprecatedFacets = ['show', 'hide', 'only'] as const;

/** Choices that come from the images themselves (regions, OS families): any item is read. */
const fromTheData = null as readonly string[] | null;

/** The one declaration of the gallery's URL parameters, in the order they are written. */
export const gallerySearchUrlView = defineUrlView({
  /** Free text over what was loaded; "in quotes" is a whole name, also asked of Rackspace. */
  q: { kind: 'text', default: '' },
  /** `?show=attention`: failed, stuck in progress, or deprecated yet still used by catalogs. */
  preset: {
    kind: 'oneOf',
    param: 'show',
    values: presets,
    default: null,
    label: 'quick view',
    instead: 'showing every image',
  },
  /** Each list is "any of": `?state=failed,in-progress`. Empty means no filter. */
  states: { kind: 'list', param: 'state', values: stateFacets, default: [], label: 'states' },
  providers: {
    kind: 'list',
    param: 'provider',
    values: providers,
    default: [],
    label: 'providers',
  },
  regions: { kind: 'list', param: 'region', values: fromTheData, default: [], label: 'regions' },
  /** OS families ("Ubuntu", "Windows Server"): every version of each; the search finds one. */
  os: { kind: 'list', values: fromTheData, default: [], label: 'OS families' },
  sessions: {
    kind: 'list',
    param: 'session',
    values: sessionFacets,
    default: [],
    label: 'session types',
  },
  sources: {
    kind: 'list',
    param: 'source',
    values: preparedByFacets,
    default: [],
    label: 'image sources',
  },
  /** Hide deprecated images (choosing an image for a new catalog), or show only them. */
  deprecated: {
    kind: 'oneOf',
    values: deprecatedFacets,
    default: 'show',
    label: 'deprecated filter',
    instead: 'deprecated images shown',
  },
  view: { kind: 'oneOf', values: views, default: 'cards', label: 'view', instead: 'showing cards' },
  sort: {
    kind: 'oneOf',
    values: sortKeys,
    default: 'newest',
    label: 'sort order',
    instead: 'newest first',
  },
  direction: sortDirectionParam,
});

export type GallerySearch = UrlView<typeof gallerySearchUrlView.declaration>;

export const defaultSearch: GallerySearch = gallerySearchUrlView.defaults;

/** `"Debian 12 (Bookworm)"` in quotes: the whole name, which Rackspace can match itself. */
export function exactName(q: string): string | null {
  const match = /^\s*"([^"]+)"\s*$/.exec(q);
  return match ? match[1]!.trim() || null : null;
}

/**
 * Parameters of the one-provider gallery that the merged list no longer reads, with what to use
 * instead: links to the old gallery sit in tickets, and a filter dropped without a word would
 * show a different list than the one the ticket meant.
 */
const retiredParams: Record<string, (value: string) => string> = {
  status: () => 'use the State filter',
  name: (value) => `search for the whole name in quotes, e.g. "${value}"`,
  type: () => 'use the Prepared by filter',
  since: () => 'the list keeps itself up to date',
  limit: () => 'every image is loaded now',
  subscription: () => 'search for the subscription’s name',
};

/** What the gallery could not use in its address: bad values, and the old gallery's parameters. */
export function galleryAddressProblems(params: URLSearchParams): string[] {
  const retired = Object.entries(retiredParams).flatMap(([name, instead]) => {
    const value = params.get(name);
    if (value === null) return [];
    return `The address had ‘${name}=${value}’ from the older gallery, which this list no longer reads; ${instead(value)}.`;
  });
  return [...gallerySearchUrlView.problems(params), ...retired];
}

import { checkParams, isOneOf } from '../../../lib/address-problems.ts';
import {
  defaultSearch,
  deprecatedFacets,
  pageSizes,
  providers,
  rackspaceStatuses,
  rackspaceTypes,
  sessionFacets,
  sorts,
  sources,
  toneFacets,
  views,
} from './gallery-search.ts';

const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** What readGallerySearch ignored in the address, in words (it falls back all the same). */
export function describeGallerySearchProblems(params: URLSearchParams): string[] {
  return checkParams(params, [
    {
      param: 'provider',
      label: 'cloud',
      isValid: isOneOf(providers),
      instead: 'showing Citrix images',
    },
    { param: 'view', label: 'view', isValid: isOneOf(views), instead: 'showing cards' },
    { param: 'sort', label: 'sort order', isValid: isOneOf(sorts), instead: 'newest first' },
    { param: 'state', label: 'state filter', isValid: isOneOf(toneFacets), instead: 'any state' },
    {
      param: 'session',
      label: 'session type filter',
      isValid: isOneOf(sessionFacets),
      instead: 'any session type',
    },
    {
      param: 'deprecated',
      label: 'deprecated filter',
      isValid: isOneOf(deprecatedFacets),
      instead: 'deprecated images shown',
    },
    { param: 'source', label: 'source filter', isValid: isOneOf(sources), instead: 'any source' },
    {
      param: 'region',
      label: 'region',
      isValid: (value) => /^[A-Z]{3}$/.test(value.toUpperCase()),
      instead: 'showing the account’s default region',
    },
    {
      param: 'status',
      label: 'status filter',
      isValid: (value) => isOneOf(rackspaceStatuses)(value.toUpperCase()),
      instead: 'any status',
    },
    {
      param: 'type',
      label: 'image type filter',
      isValid: (value) => isOneOf(rackspaceTypes)(value.toLowerCase()),
      instead: 'any type',
    },
    {
      param: 'since',
      label: 'date (expected YYYY-MM-DD)',
      isValid: isDate,
      instead: 'not filtering by date',
    },
    {
      param: 'limit',
      label: 'page size',
      isValid: isOneOf(pageSizes),
      instead: `showing ${defaultSearch.limit} per page`,
    },
  ]);
}

import { regionWords } from '../../lib/region-words.ts';
import type { GallerySearch } from './gallery-search.ts';

const stateOptions = [
  { value: 'ready', label: 'Ready / Active' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'failed', label: 'Failed' },
  { value: 'deprecated', label: 'Deprecated' },
  { value: 'other', label: 'Other' },
];
const providerOptions = [
  { value: 'citrix', label: 'Citrix DaaS' },
  { value: 'rackspace', label: 'Rackspace' },
];
const preparedByOptions = [
  { value: 'customer', label: 'Your organisation' },
  { value: 'citrix', label: 'Citrix' },
  { value: 'rackspace', label: 'Rackspace' },
];
export const deprecatedOptions = [
  { value: 'show', label: 'Include deprecated' },
  { value: 'hide', label: 'Hide deprecated' },
  { value: 'only', label: 'Only deprecated' },
];
const sessionOptions = [
  { value: 'MultiSession', label: 'Multi-session' },
  { value: 'SingleSession', label: 'Single-session' },
];

/** The gallery's facets: each "any of" its values, with the choices it offers. */
export const facetsOf = (regions: string[], osFamilies: string[]) =>
  [
    { field: 'states', label: 'State', data: stateOptions, w: 230 },
    { field: 'providers', label: 'Provider', data: providerOptions, w: 220 },
    {
      field: 'regions',
      label: 'Region',
      data: regions.map((code) => ({ value: code, label: regionWords(code) })),
      w: 220,
    },
    { field: 'os', label: 'OS family', data: osFamilies, w: 240 },
    { field: 'sessions', label: 'Session support', data: sessionOptions, w: 220 },
    { field: 'sources', label: 'Prepared by', data: preparedByOptions, w: 240 },
  ] as const;

/** How many filters narrow the gallery now (the facets, and deprecated images not all shown). */
export const activeFilters = (search: GallerySearch) =>
  // The facets' own list, so a facet added there is counted here too (their choices do not matter).
  facetsOf([], []).filter(({ field }) => search[field].length > 0).length +
  (search.deprecated === 'show' ? 0 : 1);

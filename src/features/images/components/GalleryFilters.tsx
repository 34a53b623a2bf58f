import { Group, MultiSelect, Select } from '@mantine/core';
import { FiltersDisclosure } from '../../../components/FiltersDisclosure.tsx';
import type { GallerySearch } from '../gallery-search.ts';
import type { UpdateGallerySearch } from '../use-gallery-search.ts';
import { regionWords } from '../../../lib/region-words.ts';

export interface GalleryFiltersProps {
  search: GallerySearch;
  onChange: UpdateGallerySearch;
  /** Every region the clouds have, loaded or not. */
  regions: string[];
  osFamilies: string[];
}

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
const deprecatedOptions = [
  { value: 'show', label: 'Include deprecated' },
  { value: 'hide', label: 'Hide deprecated' },
  { value: 'only', label: 'Only deprecated' },
];
const sessionOptions = [
  { value: 'MultiSession', label: 'Multi-session' },
  { value: 'SingleSession', label: 'Single-session' },
];

/**
 * Every facet is "any of" its values, applied in the browser over every image loaded: the clouds
 * cannot filter across each other. A quick view stays on while a facet narrows it ("needs
 * attention" in one region). On a phone they wait behind one "Filters" button, results first.
 */
export function GalleryFilters({ search, onChange, regions, osFamilies }: GalleryFiltersProps) {
  const facets = [
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
  const active =
    facets.filter(({ field }) => search[field].length > 0).length +
    (search.deprecated === 'show' ? 0 : 1);
  return (
    <FiltersDisclosure active={active}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        {facets.map(({ field, label, data, w }) => (
          <MultiSelect
            key={field}
            label={label}
            placeholder={search[field].length ? undefined : 'Any'}
            data={data}
            value={search[field]}
            // The choices are the facet's own values, so what comes back is one of them.
            onChange={(value) => onChange({ [field]: value } as Partial<GallerySearch>)}
            searchable={field === 'os' || field === 'regions'}
            clearable
            w={w}
          />
        ))}
        <Select
          label="Deprecated images"
          data={deprecatedOptions}
          value={search.deprecated}
          allowDeselect={false}
          onChange={(value) =>
            value && onChange({ deprecated: value as GallerySearch['deprecated'] })
          }
          w={190}
        />
      </Group>
    </FiltersDisclosure>
  );
}

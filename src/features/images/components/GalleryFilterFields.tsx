import { Group, MultiSelect, Select } from '@mantine/core';
import type { GallerySearch } from '../gallery-search.ts';
import type { UpdateGallerySearch } from '../use-gallery-search.ts';
import { deprecatedOptions, facetsOf } from '../gallery-facets.ts';

export interface GalleryFilterFieldsProps {
  search: GallerySearch;
  onChange: UpdateGallerySearch;
  /** Every region the clouds have, loaded or not. */
  regions: string[];
  osFamilies: string[];
}

/** The pickers, each facet "any of" its values (loaded apart: `GalleryFilters`). */
export function GalleryFilterFields({
  search,
  onChange,
  regions,
  osFamilies,
}: GalleryFilterFieldsProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      {facetsOf(regions, osFamilies).map(({ field, label, data, w }) => (
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
  );
}

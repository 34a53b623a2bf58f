import { Group, NativeSelect, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { SegmentedChoice } from '../../../components/SegmentedChoice.tsx';
import type { GallerySearch, GallerySortKey } from '../gallery-search.ts';
import type { UpdateGallerySearch } from '../use-gallery-search.ts';

export interface GalleryToolbarProps {
  search: GallerySearch;
  onChange: UpdateGallerySearch;
  /** Says where the search ran: in the browser over what was loaded, or by the API. */
  searchScope: string;
}

const sortOptions: { value: GallerySortKey; label: string }[] = [
  { value: 'newest', label: 'Newest first' },
  { value: 'state', label: 'Problems first' },
  { value: 'name', label: 'Name' },
  { value: 'provider', label: 'Provider' },
  { value: 'region', label: 'Region' },
  { value: 'created', label: 'Created' },
  { value: 'updated', label: 'Updated' },
  { value: 'size', label: 'Size' },
  { value: 'catalogs', label: 'Catalogs using it' },
];

const viewOptions: { value: GallerySearch['view']; label: string }[] = [
  { value: 'cards', label: 'Cards' },
  { value: 'table', label: 'Table' },
];

/** Search, sort and view: the table's headers sort as this Sort does. */
export function GalleryToolbar({ search, onChange, searchScope }: GalleryToolbarProps) {
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label="Search images"
        description={searchScope}
        placeholder='Name, OS, ID, region… or "a whole name"'
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search.q}
        onChange={(event) => onChange({ q: event.currentTarget.value }, { replace: true })}
        style={{ flex: '1 1 280px' }}
      />
      {/* The browser's own picker: no popover code for a few choices; a phone's own list. */}
      <NativeSelect
        label="Sort"
        data={sortOptions}
        value={search.sort}
        onChange={(event) =>
          onChange({ sort: event.currentTarget.value as GallerySortKey, direction: 'asc' })
        }
        w={170}
      />
      <SegmentedChoice
        aria-label="View"
        data={viewOptions}
        value={search.view}
        onChange={(view) => onChange({ view })}
      />
    </Group>
  );
}

import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { GallerySearch } from '../gallery-search.ts';
import type { UpdateGallerySearch } from '../use-gallery-search.ts';

export interface GalleryToolbarProps {
  search: GallerySearch;
  onChange: UpdateGallerySearch;
  /** Rackspace search runs over the page on screen, and says so. */
  searchScope: string;
}

const sortOptions = [
  { value: 'newest', label: 'Newest first' },
  { value: 'name', label: 'Name' },
  { value: 'state', label: 'Problems first' },
];

/** Search, sort and view: the controls both providers share. */
export function GalleryToolbar({ search, onChange, searchScope }: GalleryToolbarProps) {
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label="Search images"
        description={searchScope}
        placeholder="Name, OS, ID, region…"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search.q}
        onChange={(event) => onChange({ q: event.currentTarget.value }, { replace: true })}
        style={{ flex: '1 1 280px' }}
      />
      <Select
        label="Sort"
        data={sortOptions}
        value={search.sort}
        allowDeselect={false}
        onChange={(value) => value && onChange({ sort: value as GallerySearch['sort'] })}
        w={170}
      />
      <SegmentedControl
        aria-label="View"
        data={[
          { value: 'cards', label: 'Cards' },
          { value: 'table', label: 'Table' },
        ]}
        value={search.view}
        onChange={(value) => onChange({ view: value as GallerySearch['view'] })}
      />
    </Group>
  );
}

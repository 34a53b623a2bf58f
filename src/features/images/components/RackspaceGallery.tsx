import { Stack } from '@mantine/core';
import type { RackspaceAccount, RackspaceApiFilters } from '../../../api/rackspace/images.ts';
import type { GallerySearch } from '../gallery-search.ts';
import type { UpdateGallerySearch } from '../use-gallery-search.ts';
import { GalleryToolbar } from './GalleryToolbar.tsx';
import { RackspacePages } from './RackspacePages.tsx';

export interface RackspaceGalleryProps {
  tenantId: string;
  /** The account's regions, upper case; the first one shown is the connection's default. */
  regions: string[];
  defaultRegion: string;
  search: GallerySearch;
  onChange: UpdateGallerySearch;
}

export function toRackspaceApiFilters(search: GallerySearch): RackspaceApiFilters {
  return {
    name: search.name || undefined,
    status: search.status ?? undefined,
    type: search.type ?? undefined,
    // A day in the URL, the start of that day (UTC) for the API.
    changesSince: search.since ? `${search.since}T00:00:00Z` : undefined,
  };
}

/** Rackspace images, one API page at a time (limit + marker). */
export function RackspaceGallery({
  tenantId,
  regions,
  defaultRegion,
  search,
  onChange,
}: RackspaceGalleryProps) {
  const region = search.region && regions.includes(search.region) ? search.region : defaultRegion;
  const account: RackspaceAccount = { region, tenantId };
  const filters = toRackspaceApiFilters(search);
  const listKey = JSON.stringify([account, filters, search.limit]);
  return (
    <Stack gap="md">
      <GalleryToolbar
        search={search}
        onChange={onChange}
        searchScope="Searches the page on screen"
      />
      {/* New filters start again at the first page, on a fresh screen (no images of the old
          filters kept while the new ones load): the marker stack belongs to one listing. */}
      <RackspacePages
        key={listKey}
        listKey={listKey}
        account={account}
        regions={regions}
        filters={filters}
        search={search}
        onChange={onChange}
      />
    </Stack>
  );
}

import { Group, Paper, Text } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { paths } from '../../../lib/paths.ts';
import { filterImages } from '../filter-images.ts';
import type { GalleryImage } from '../gallery-image.ts';
import { defaultSearch, type GallerySearch } from '../gallery-search.ts';
import type { UpdateGallerySearch } from '../use-gallery-search.ts';
import { GalleryResults } from './GalleryResults.tsx';
import { UpdatedAgo } from './UpdatedAgo.tsx';

export interface RackspacePageViewProps {
  /** The images of the page on screen, as Rackspace sent them. */
  images: GalleryImage[];
  region: string;
  search: GallerySearch;
  onChange: UpdateGallerySearch;
  /** `dataUpdatedAt` and `isFetching` of the page's query. */
  updatedAt: number;
  refreshing: boolean;
  /** An empty page past the first: the one before held the last images. */
  endOfList: boolean;
  pager: ReactNode;
}

/** One Rackspace page: how much of it the browser-side search shows, the images, the pager. */
export function RackspacePageView({
  images,
  region,
  search,
  onChange,
  ...page
}: RackspacePageViewProps) {
  // Status is filtered by the API here; the Citrix-only facets have no control on this side.
  const shown = useMemo(
    () => filterImages(images, { ...search, tone: null, session: null, deprecated: 'show' }),
    [images, search],
  );
  const hrefOf = (image: GalleryImage) => paths.imageDetail.href('rackspace', image.id, region);
  const clear = () =>
    onChange({
      ...defaultSearch,
      provider: 'rackspace',
      view: search.view,
      limit: search.limit,
      region: search.region,
    });
  const inFlight = images.filter((image) => image.tone === 'in-progress').length;
  return (
    <>
      <Group justify="space-between">
        <Text size="sm" aria-live="polite">
          Showing {shown.length} of {images.length} images on this page · {region}
        </Text>
        <UpdatedAgo updatedAt={page.updatedAt} refreshing={page.refreshing} inFlight={inFlight} />
      </Group>
      {page.endOfList ? (
        <Paper withBorder p="xl" ta="center">
          <Text fw={600}>End of the list</Text>
          <Text size="sm" c="dimmed">
            The previous page held the last images; Rackspace had no more to send.
          </Text>
        </Paper>
      ) : (
        <GalleryResults
          images={shown}
          fetched={images.length}
          view={search.view}
          sort={search.sort}
          onSortChange={(sort) => onChange({ sort })}
          hrefOf={hrefOf}
          onClearFilters={clear}
        />
      )}
      {page.pager}
    </>
  );
}

import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { toApiProblem } from '../../../lib/api-problem.ts';
import { paths } from '../../../lib/paths.ts';
import {
  rackspaceImageQueries,
  type RackspaceAccount,
  type RackspaceApiFilters,
} from '../../../api/rackspace/images.ts';
import { filterImages, osOptions } from '../filter-images.ts';
import { fromRackspaceImage, type GalleryImage } from '../gallery-image.ts';
import { defaultSearch, type GallerySearch } from '../gallery-search.ts';
import type { UpdateGallerySearch } from '../use-gallery-search.ts';
import { GalleryResults } from './GalleryResults.tsx';
import { GallerySkeleton } from './GallerySkeleton.tsx';
import { MarkerPager } from './MarkerPager.tsx';
import { RackspaceFilters } from './RackspaceFilters.tsx';
import { UpdatedAgo } from './UpdatedAgo.tsx';

export interface RackspacePagesProps {
  account: RackspaceAccount;
  regions: string[];
  filters: RackspaceApiFilters;
  search: GallerySearch;
  onChange: UpdateGallerySearch;
}

export function RackspacePages({
  account,
  regions,
  filters,
  search,
  onChange,
}: RackspacePagesProps) {
  // Markers are opaque and short-lived, so they stay in memory, never in the URL.
  const [markerStack, setMarkerStack] = useState<string[]>([]);
  const marker = markerStack.at(-1);
  const page = useQuery(
    rackspaceImageQueries.list(account, filters, { marker, limit: search.limit }),
  );
  const gallery = useMemo(
    () => page.data?.images.map((image) => fromRackspaceImage(image, account.region)) ?? [],
    [page.data, account.region],
  );
  // Status is filtered by the API here; the Citrix-only facets have no control on this side.
  const shown = useMemo(
    () => filterImages(gallery, { ...search, tone: null, session: null, deprecated: 'show' }),
    [gallery, search],
  );
  const hrefOf = (image: GalleryImage) => paths.imageDetail('rackspace', image.id, account.region);
  const clear = () =>
    onChange({
      ...defaultSearch,
      provider: 'rackspace',
      view: search.view,
      limit: search.limit,
      region: search.region,
    });
  const nextMarker = page.isPlaceholderData ? undefined : page.data?.nextMarker;
  const pager = (
    <MarkerPager
      page={markerStack.length + 1}
      canGoBack={markerStack.length > 0}
      canGoForward={nextMarker !== undefined}
      busy={page.isPlaceholderData}
      onPrevious={() => setMarkerStack((stack) => stack.slice(0, -1))}
      onNext={() => nextMarker && setMarkerStack((stack) => [...stack, nextMarker])}
    />
  );
  const inFlight = gallery.filter((image) => image.tone === 'in-progress').length;
  const emptyLastPage = page.data && page.data.images.length === 0 && markerStack.length > 0;

  return (
    <Stack gap="md">
      <RackspaceFilters
        search={search}
        onChange={onChange}
        regions={regions}
        region={account.region}
        osNames={osOptions(gallery)}
      />
      {page.data ? (
        <>
          {page.error && (
            <ApiErrorAlert
              problem={toApiProblem(page.error)}
              title="Could not refresh the images"
            />
          )}
          <Group justify="space-between">
            <Text size="sm" aria-live="polite">
              Showing {shown.length} of {gallery.length} images on this page · {account.region}
            </Text>
            <UpdatedAgo
              updatedAt={page.dataUpdatedAt}
              refreshing={page.isFetching}
              inFlight={inFlight}
            />
          </Group>
          {emptyLastPage ? (
            <Paper withBorder p="xl" ta="center">
              <Text fw={600}>End of the list</Text>
              <Text size="sm" c="dimmed">
                The previous page held the last images; Rackspace had no more to send.
              </Text>
            </Paper>
          ) : (
            <GalleryResults
              images={shown}
              fetched={gallery.length}
              view={search.view}
              hrefOf={hrefOf}
              onClearFilters={clear}
            />
          )}
          {pager}
        </>
      ) : page.error ? (
        <ApiErrorAlert
          problem={toApiProblem(page.error)}
          title="Could not load the Rackspace images"
        >
          <Group mt="sm">
            <Button variant="light" onClick={() => page.refetch()}>
              Try again
            </Button>
            {markerStack.length > 0 && (
              <Button variant="subtle" onClick={() => setMarkerStack([])}>
                Back to the first page
              </Button>
            )}
          </Group>
        </ApiErrorAlert>
      ) : (
        <GallerySkeleton />
      )}
    </Stack>
  );
}

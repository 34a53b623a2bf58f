import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { QueryFrame } from '../../../components/QueryFrame.tsx';
import { useCursorStack } from '../../../hooks/use-cursor-stack.ts';
import {
  rackspaceImageQueries,
  type RackspaceAccount,
  type RackspaceApiFilters,
} from '../../../api/rackspace/images.ts';
import { osOptions } from '../filter-images.ts';
import { fromRackspaceImage } from '../gallery-image.ts';
import type { GallerySearch } from '../gallery-search.ts';
import type { UpdateGallerySearch } from '../use-gallery-search.ts';
import { GallerySkeleton } from './GallerySkeleton.tsx';
import { MarkerPager } from './MarkerPager.tsx';
import { RackspaceFilters } from './RackspaceFilters.tsx';
import { RackspaceLoadError } from './RackspaceLoadError.tsx';
import { RackspacePageView } from './RackspacePageView.tsx';

export interface RackspacePagesProps {
  /** Names the listing (account, filters, page size): another listing starts at page 1. */
  listKey: string;
  account: RackspaceAccount;
  regions: string[];
  filters: RackspaceApiFilters;
  search: GallerySearch;
  onChange: UpdateGallerySearch;
}

/** One listing of Rackspace images, a page at a time, reached by markers kept in memory. */
export function RackspacePages({
  listKey,
  account,
  regions,
  filters,
  search,
  onChange,
}: RackspacePagesProps) {
  const pages = useCursorStack(listKey);
  const page = useQuery(
    rackspaceImageQueries.list(account, filters, { marker: pages.cursor, limit: search.limit }),
  );
  const gallery = useMemo(
    () => page.data?.images.map((image) => fromRackspaceImage(image, account.region)) ?? [],
    [page.data, account.region],
  );
  const pastFirstPage = pages.pageNumber > 1;
  return (
    <Stack gap="md">
      <RackspaceFilters
        search={search}
        onChange={onChange}
        regions={regions}
        region={account.region}
        osNames={osOptions(gallery)}
      />
      <QueryFrame
        query={page}
        errorTitle="Could not load the Rackspace images"
        refreshErrorTitle="Could not refresh the images"
        loading={<GallerySkeleton />}
        // Try again is offered where no page could be shown; a failed refresh keeps the page and says so.
        retry={false}
        renderError={(error) => (
          <RackspaceLoadError
            error={error}
            onRetry={() => void page.refetch()}
            onFirstPage={pastFirstPage ? pages.first : undefined}
          />
        )}
      >
        {(data) => (
          <RackspacePageView
            images={gallery}
            region={account.region}
            search={search}
            onChange={onChange}
            updatedAt={page.dataUpdatedAt}
            refreshing={page.isFetching}
            endOfList={data.images.length === 0 && pastFirstPage}
            pager={
              <MarkerPager
                pages={pages}
                nextMarker={page.isPlaceholderData ? undefined : data.nextMarker}
                busy={page.isPlaceholderData}
              />
            }
          />
        )}
      </QueryFrame>
    </Stack>
  );
}

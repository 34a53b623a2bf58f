import { Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { QueryFrame } from '../../../components/QueryFrame.tsx';
import { paths } from '../../../lib/paths.ts';
import { citrixImageQueries, type CitrixApiFilters } from '../../../api/citrix/images.ts';
import type { CitrixSite } from '../../../api/citrix/sites.ts';
import { filterImages, osOptions } from '../filter-images.ts';
import { fromCitrixImage, type GalleryImage } from '../gallery-image.ts';
import { defaultSearch, type GallerySearch } from '../gallery-search.ts';
import type { UpdateGallerySearch } from '../use-gallery-search.ts';
import { CitrixFilters } from './CitrixFilters.tsx';
import { GalleryResults } from './GalleryResults.tsx';
import { GallerySkeleton } from './GallerySkeleton.tsx';
import { GalleryToolbar } from './GalleryToolbar.tsx';
import { UpdatedAgo } from './UpdatedAgo.tsx';

export interface CitrixGalleryProps {
  site: CitrixSite;
  search: GallerySearch;
  onChange: UpdateGallerySearch;
}

const everyImage: CitrixApiFilters = {
  includeCitrixPrepared: true,
  includeCustomerPrepared: true,
  azureSubscriptions: [],
};

export function toCitrixApiFilters(search: GallerySearch): CitrixApiFilters {
  return {
    includeCitrixPrepared: search.source !== 'customer',
    includeCustomerPrepared: search.source !== 'citrix',
    azureSubscriptions: search.subscriptions,
  };
}

const hrefOf = (image: GalleryImage) => paths.imageDetail.href('citrix', image.id);

/** Every catalog-service image of the site: fetched whole (the API has no paging), searched here. */
export function CitrixGallery({ site, search, onChange }: CitrixGalleryProps) {
  const images = useQuery(citrixImageQueries.list(site, toCitrixApiFilters(search)));
  // The subscription choices come from the unfiltered list, so choosing one does not hide the rest.
  const everything = useQuery(citrixImageQueries.list(site, everyImage));
  const gallery = useMemo(
    () => images.data?.map((image) => fromCitrixImage(image, images.dataUpdatedAt)) ?? [],
    [images.data, images.dataUpdatedAt],
  );
  const shown = useMemo(() => filterImages(gallery, search), [gallery, search]);
  const subscriptions = useMemo(() => {
    const byId = new Map<string, string>();
    for (const image of everything.data ?? []) {
      if (image.subscriptionId && !image.citrixPrepared)
        byId.set(image.subscriptionId, image.subscriptionName ?? image.subscriptionId);
    }
    return [...byId].map(([value, label]) => ({ value, label }));
  }, [everything.data]);
  const inFlight = gallery.filter((image) => image.tone === 'in-progress').length;
  const clear = () =>
    onChange({ ...defaultSearch, provider: 'citrix', view: search.view, sort: search.sort });

  return (
    <Stack gap="md">
      <GalleryToolbar
        search={search}
        onChange={onChange}
        searchScope="Searches every Citrix image"
      />
      <CitrixFilters
        search={search}
        onChange={onChange}
        subscriptions={subscriptions}
        osNames={osOptions(gallery)}
      />
      <QueryFrame
        query={images}
        errorTitle="Could not load the Citrix images"
        refreshErrorTitle="Could not refresh the images"
        loading={<GallerySkeleton />}
      >
        {() => (
          <>
            <Group justify="space-between">
              <Text size="sm" aria-live="polite">
                Showing {shown.length} of {gallery.length} Citrix images
              </Text>
              <UpdatedAgo
                updatedAt={images.dataUpdatedAt}
                refreshing={images.isFetching}
                inFlight={inFlight}
              />
            </Group>
            <GalleryResults
              images={shown}
              fetched={gallery.length}
              view={search.view}
              sort={search.sort}
              onSortChange={(sort) => onChange({ sort })}
              hrefOf={hrefOf}
              onClearFilters={clear}
            />
          </>
        )}
      </QueryFrame>
    </Stack>
  );
}

import { Group, Stack, Text } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import type { CitrixSite } from '../../../api/citrix/sites.ts';
import { paths } from '../../../lib/paths.ts';
import { byRegionWords, distinctValues, filterImages, sortParts } from '../filter-images.ts';
import type { GalleryImage } from '../gallery-image.ts';
import { defaultSearch, exactName } from '../gallery-search.ts';
import type { RackspaceConnection } from '../gallery-queries.ts';
import { useGalleryImages } from '../use-gallery-images.ts';
import { useGallerySearch } from '../use-gallery-search.ts';
import { GalleryFilters } from './GalleryFilters.tsx';
import { GalleryPresets } from './GalleryPresets.tsx';
import { GalleryResults } from './GalleryResults.tsx';
import { GallerySkeleton } from './GallerySkeleton.tsx';
import { GalleryToolbar } from './GalleryToolbar.tsx';
import { SourceStatus } from './SourceStatus.tsx';
import { UpdatedAgo } from './UpdatedAgo.tsx';

export interface ImageGalleryProps {
  /** Null when Citrix is not connected; `citrixNotice` then says why. */
  citrix: CitrixSite | null;
  rackspace: RackspaceConnection | null;
  citrixNotice?: ReactNode;
  rackspaceNotice?: ReactNode;
}

const hrefOf = (image: GalleryImage) =>
  image.provider === 'citrix'
    ? paths.imageDetail.href('citrix', image.id)
    : paths.imageDetail.href('rackspace', image.id, image.region ?? undefined);

/** Every image of every connected cloud and region, in one list; what is shown lives in the URL. */
export function ImageGallery({
  citrix,
  rackspace,
  citrixNotice,
  rackspaceNotice,
}: ImageGalleryProps) {
  const [search, onChange] = useGallerySearch();
  const exact = exactName(search.q);
  const { parts, sources } = useGalleryImages(citrix, rackspace, exact);
  const { sort, direction } = search;
  // Every image, sorted: the list the facets' choices and the counts are taken from.
  const images = useMemo(() => sortParts(parts, { sort, direction }), [parts, sort, direction]);
  const shown = useMemo(() => filterImages(images, search), [images, search]);
  const regions = useMemo(
    () =>
      [...new Set([...distinctValues(images, 'region'), ...(rackspace?.regions ?? [])])].sort(
        byRegionWords,
      ),
    [images, rackspace],
  );
  const osFamilies = useMemo(() => distinctValues(images, 'osFamily'), [images]);
  const unavailable = [
    ...(citrix ? [] : [{ name: 'Citrix DaaS', notice: citrixNotice }]),
    ...(rackspace ? [] : [{ name: 'Rackspace Cloud Servers', notice: rackspaceNotice }]),
  ];
  const stillLoading = sources.some(
    (source) => source.status !== 'loaded' && source.status !== 'failed',
  );
  const searchScope = exact
    ? `Exact name: asked each Rackspace region for “${exact}”; Citrix names matched in the browser`
    : `Searched in the browser over the ${images.length} images loaded${stillLoading ? ' so far' : ''}`;
  const inFlight = shown.filter((image) => image.tone === 'in-progress').length;
  const updatedAt = Math.min(...sources.map((source) => source.updatedAt).filter(Boolean));
  const clear = () => onChange({ ...defaultSearch, view: search.view });
  return (
    <Stack gap="md">
      <GalleryPresets search={search} onChange={onChange} />
      <GalleryToolbar search={search} onChange={onChange} searchScope={searchScope} />
      <GalleryFilters
        search={search}
        onChange={onChange}
        regions={regions}
        osFamilies={osFamilies}
      />
      <SourceStatus sources={sources} unavailable={unavailable} />
      {images.length === 0 && stillLoading ? (
        <GallerySkeleton />
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" aria-live="polite">
              Showing {shown.length} of {images.length} images
            </Text>
            <UpdatedAgo
              updatedAt={Number.isFinite(updatedAt) ? updatedAt : 0}
              refreshing={sources.some((source) => source.fetching)}
              inFlight={inFlight}
            />
          </Group>
          <GalleryResults
            images={shown}
            fetched={images.length}
            search={search}
            onSortChange={onChange}
            hrefOf={hrefOf}
            onClearFilters={clear}
          />
        </>
      )}
    </Stack>
  );
}

import { Button, Paper, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { PageLoader } from '../../../components/PageLoader.tsx';
import type { GalleryImage } from '../gallery-image.ts';
import type { GallerySearch } from '../gallery-search.ts';
import type { UpdateGallerySearch } from '../use-gallery-search.ts';
import { ImageCardGrid } from './ImageCardGrid.tsx';

// The table (and TanStack Table under it) loads only when asked for: cards are the default, and
// the gallery is the first route, whose JavaScript has a size budget.
const ImageTable = lazy(() =>
  import('./ImageTable.tsx').then(({ ImageTable }) => ({ default: ImageTable })),
);

export interface GalleryResultsProps {
  images: readonly GalleryImage[];
  /** How many were loaded before the search and facets. */
  fetched: number;
  /** The view, and the sort the table's headers show and write. */
  search: GallerySearch;
  onSortChange: UpdateGallerySearch;
  hrefOf: (image: GalleryImage) => string;
  onClearFilters: () => void;
}

/** The images as cards or as a table, or a plain explanation when there are none to show. */
export function GalleryResults({
  images,
  fetched,
  search,
  onSortChange,
  hrefOf,
  onClearFilters,
}: GalleryResultsProps) {
  if (images.length === 0) {
    return (
      <Paper withBorder p="xl" ta="center">
        <Stack gap="xs" align="center">
          <Text fw={600}>No images match</Text>
          <Text size="sm" c="dimmed" maw={520}>
            {fetched === 0
              ? 'The clouds returned no images.'
              : `None of the ${fetched} images loaded match the search and filters.`}
          </Text>
          <Button variant="light" onClick={onClearFilters}>
            Clear search and filters
          </Button>
        </Stack>
      </Paper>
    );
  }
  // One provider chosen: the filter already says which, so the cards do not repeat it.
  const showProvider = search.providers.length !== 1;
  return search.view === 'table' ? (
    <Suspense fallback={<PageLoader />}>
      <ImageTable
        images={images}
        hrefOf={hrefOf}
        sort={search.sort}
        direction={search.direction}
        onSortChange={(sort, direction) => onSortChange({ sort, direction })}
      />
    </Suspense>
  ) : (
    <ImageCardGrid images={images} hrefOf={hrefOf} showProvider={showProvider} />
  );
}

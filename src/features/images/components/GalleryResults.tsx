import { Button, Paper, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { PageLoader } from '../../../components/PageLoader.tsx';
import type { GalleryImage } from '../gallery-image.ts';
import type { GallerySearch } from '../gallery-search.ts';
import { ImageCardGrid } from './ImageCardGrid.tsx';

// The table (and TanStack Table under it) loads only when asked for: cards are the default, and
// the gallery is the first route, whose JavaScript has a size budget.
const ImageTable = lazy(() =>
  import('./ImageTable.tsx').then(({ ImageTable }) => ({ default: ImageTable })),
);

export interface GalleryResultsProps {
  images: readonly GalleryImage[];
  /** How many were fetched before the browser-side search and facets. */
  fetched: number;
  view: GallerySearch['view'];
  /** The table's headers sort as the toolbar's Sort does. */
  sort: GallerySearch['sort'];
  onSortChange: (sort: GallerySearch['sort']) => void;
  hrefOf: (image: GalleryImage) => string;
  onClearFilters: () => void;
}

/** The images as cards or as a table, or a plain explanation when there are none to show. */
export function GalleryResults({
  images,
  fetched,
  view,
  sort,
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
              ? 'The provider returned no images for these filters.'
              : `None of the ${fetched} images fetched match the search and filters.`}
          </Text>
          <Button variant="light" onClick={onClearFilters}>
            Clear search and filters
          </Button>
        </Stack>
      </Paper>
    );
  }
  return view === 'table' ? (
    <Suspense fallback={<PageLoader />}>
      <ImageTable images={images} hrefOf={hrefOf} sort={sort} onSortChange={onSortChange} />
    </Suspense>
  ) : (
    <ImageCardGrid images={images} hrefOf={hrefOf} />
  );
}

import { useElementSize } from '@mantine/hooks';
import { useLayoutEffect, useState } from 'react';
import { useListMemory } from '../../../hooks/list-memory.ts';
import { useVirtualRows } from '../../../hooks/use-virtual-rows.ts';
import { galleryImageKey, type GalleryImage } from '../gallery-image.ts';
import { ImageCard } from './ImageCard.tsx';

export interface ImageCardGridProps {
  images: readonly GalleryImage[];
  hrefOf: (image: GalleryImage) => string;
  /** Badge each card with its cloud; off when the provider filter already names it. */
  showProvider: boolean;
}

const minCardWidth = 280;
const gap = 16;
const estimatedRowHeight = 210;

/**
 * Cards in rows, only the rows near the viewport in the DOM: thousands of images scroll and filter
 * without thousands of cards being rendered.
 */
export function ImageCardGrid({ images, hrefOf, showProvider }: ImageCardGridProps) {
  const memory = useListMemory('image-cards');
  const { ref: sizeRef, width: measured } = useElementSize();
  // Until the grid is measured, as wide as it was: Back draws the same columns at once.
  const width = measured || memory.width;
  useLayoutEffect(() => {
    if (measured) memory.keepWidth(measured);
  }, [measured, memory]);
  const columns = Math.max(1, Math.floor((width + gap) / (minCardWidth + gap)));
  const [list, setList] = useState<HTMLDivElement | null>(null);
  const virtual = useVirtualRows({
    list,
    count: Math.ceil(images.length / columns),
    estimateSize: estimatedRowHeight,
    // A row's height depends on how many cards it holds: new columns, new measurements.
    getItemKey: (index) => `${columns}:${index}`,
    overscan: 3,
    memory,
  });
  const rows = virtual.rows.map((row) => ({
    row,
    cards: images.slice(row.index * columns, (row.index + 1) * columns),
  }));
  return (
    <div ref={sizeRef}>
      <div
        ref={setList}
        role="list"
        aria-label="Images"
        style={{ position: 'relative', height: virtual.totalSize }}
      >
        {rows.map(({ row, cards }) => (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtual.measureRow}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${row.top}px)`,
              display: 'grid',
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
              gap,
              paddingBottom: gap,
            }}
          >
            {cards.map((image) => (
              <div role="listitem" key={galleryImageKey(image)}>
                <ImageCard image={image} href={hrefOf(image)} showProvider={showProvider} />
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

import { useElementSize } from '@mantine/hooks';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import type { GalleryImage } from '../gallery-image.ts';
import { measuredOrEstimate } from '../measure-row.ts';
import { ImageCard } from './ImageCard.tsx';

export interface ImageCardGridProps {
  images: readonly GalleryImage[];
  hrefOf: (image: GalleryImage) => string;
}

const minCardWidth = 280;
const gap = 16;
const estimatedRowHeight = 210;

/**
 * Cards in rows, only the rows near the viewport in the DOM: thousands of images scroll and filter
 * without thousands of cards being rendered.
 */
export function ImageCardGrid({ images, hrefOf }: ImageCardGridProps) {
  const { ref: sizeRef, width } = useElementSize();
  const listRef = useRef<HTMLDivElement | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const columns = Math.max(1, Math.floor((width + gap) / (minCardWidth + gap)));
  const rowCount = Math.ceil(images.length / columns);
  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rowCount,
    estimateSize: () => estimatedRowHeight,
    // A row's height depends on how many cards it holds: new columns, new measurements.
    getItemKey: (index) => `${columns}:${index}`,
    measureElement: measuredOrEstimate(estimatedRowHeight),
    overscan: 3,
    scrollMargin,
  });
  const rows = virtualizer.getVirtualItems().map((row) => ({
    row,
    cards: images.slice(row.index * columns, (row.index + 1) * columns),
  }));
  return (
    <div ref={sizeRef}>
      <div
        ref={listRef}
        role="list"
        aria-label="Images"
        style={{ position: 'relative', height: virtualizer.getTotalSize() }}
      >
        {rows.map(({ row, cards }) => (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
              display: 'grid',
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
              gap,
              paddingBottom: gap,
            }}
          >
            {cards.map((image) => (
              <div role="listitem" key={`${image.provider}:${image.id}`}>
                <ImageCard image={image} href={hrefOf(image)} />
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

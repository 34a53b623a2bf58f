import { useVirtualizer, useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useState, type Key, type RefObject } from 'react';
import type { ListMemory } from './list-memory.ts';

/**
 * A virtual row's measured height, or the estimate when the row measures 0 (not laid out: a hidden
 * tab, or a DOM without layout such as jsdom). A 0 would stack every row at the same offset.
 */
export function measuredOrEstimate(estimate: number) {
  return (element: Element) => {
    const height = element.getBoundingClientRect().height;
    return height > 0 ? height : estimate;
  };
}

export interface VirtualRowsOptions {
  count: number;
  /** A row's height until it is measured. */
  estimateSize: number;
  /** The list's element: with the page scrolling, where it starts on the page says which rows show. */
  listRef: RefObject<HTMLElement | null>;
  /** The box that scrolls; without one the page (window) scrolls. Fixed for the list's life. */
  scrollElement?: RefObject<HTMLElement | null>;
  /** Rows rendered beyond each edge of the view. @default 8 */
  overscan?: number;
  /** False renders every row (a short list needs no windowing). @default true */
  enabled?: boolean;
  getItemKey?: (index: number) => Key;
  /** Where the list keeps what it measured, to be drawn the same on Back (`useListMemory`). */
  memory?: ListMemory;
}

/**
 * Remembered heights as the virtualizer takes them: it reads each item's key and size (the
 * positions it works out again).
 */
function rememberedRows(memory: ListMemory | undefined): VirtualItem[] {
  return [...(memory?.sizes ?? [])].map(([key, size], index) => ({
    key,
    size,
    index,
    start: 0,
    end: size,
    lane: 0,
  }));
}

/** One row to render: its index, key and offset from the top of the list. */
export interface VirtualRow {
  index: number;
  key: Key;
  top: number;
}

/**
 * Only the rows near the view, for lists of thousands: the rows to render, the list's full height
 * and the empty space above and below them (spacers keep the scroll height). Attach `measureRow`
 * to each row, with the row's index in `data-index`.
 */
export function useVirtualRows({
  count,
  estimateSize,
  listRef,
  scrollElement,
  overscan = 8,
  enabled = true,
  getItemKey,
  memory,
}: VirtualRowsOptions) {
  const inWindow = !scrollElement;
  const [scrollMargin, setScrollMargin] = useState(memory?.scrollMargin ?? 0);
  useLayoutEffect(() => {
    if (!inWindow) return;
    const margin = listRef.current?.offsetTop ?? 0;
    setScrollMargin(margin);
    memory?.keepScrollMargin(margin);
  }, [inWindow, listRef, memory]);
  // Read once, when the virtualizer first lays the rows out.
  const [remembered] = useState(() => rememberedRows(memory));
  const measure = measuredOrEstimate(estimateSize);
  const common = {
    estimateSize: () => estimateSize,
    measureElement: (element: Element) => {
      const size = measure(element);
      if (memory) {
        const index = Number(element.getAttribute('data-index'));
        memory.sizes.set(getItemKey?.(index) ?? index, size);
      }
      return size;
    },
    overscan,
    getItemKey,
    initialMeasurementsCache: remembered,
  };
  // Hooks cannot be chosen at run time, so both exist and only the one that scrolls is enabled.
  const inPage = useWindowVirtualizer({
    ...common,
    count: inWindow ? count : 0,
    scrollMargin,
    enabled: enabled && inWindow,
  });
  // The build has no React Compiler, so the virtualizer's unmemoizable functions are fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const inBox = useVirtualizer({
    ...common,
    count: inWindow ? 0 : count,
    getScrollElement: () => scrollElement?.current ?? null,
    enabled: enabled && !inWindow,
  });
  const virtualizer = inWindow ? inPage : inBox;
  // In the middle of the view: at its top a sticky header would cover the row.
  const scrollToRow = useCallback(
    (index: number) => virtualizer.scrollToIndex(index, { align: 'center' }),
    [virtualizer],
  );
  if (!enabled) {
    const rows = Array.from({ length: count }, (_, index) => ({
      index,
      key: getItemKey?.(index) ?? index,
      top: index * estimateSize,
    }));
    return { rows, totalSize: count * estimateSize, before: 0, after: 0 };
  }
  const margin = inWindow ? scrollMargin : 0;
  const items = virtualizer.getVirtualItems();
  const totalSize = virtualizer.getTotalSize();
  const rows: VirtualRow[] = items.map(({ index, key, start }) => ({
    index,
    key,
    top: start - margin,
  }));
  const before = items.length > 0 ? items[0]!.start - margin : 0;
  const after = items.length > 0 ? totalSize - (items.at(-1)!.end - margin) : 0;
  return {
    rows,
    totalSize,
    before,
    after,
    measureRow: virtualizer.measureElement,
    /** Scrolls the list to show that row in the middle of its view. */
    scrollToRow,
  };
}

import {
  elementScroll,
  useVirtualizer,
  useWindowVirtualizer,
  windowScroll,
  type Rect,
  type VirtualItem,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { startTransition, useCallback, useLayoutEffect, useState, type Key } from 'react';
import type { ListMemory } from './list-memory.ts';
import { observeLayout } from './observe-layout.ts';

// Nothing here reads the page's layout while React commits: a read then makes the browser lay
// the page out in the middle of the commit, and again once the commit's changes are in (the
// sessions page's box, read so, cost 12–17 ms of a long task in Lighthouse's load; the gallery's
// rows and margin, 33 ms of one). What the windowing needs to know (the box's size, each row's
// height, where the list starts) comes from ResizeObservers, which report after the browser's own
// layout, before the paint of the same frame; until then it works from estimates.

/**
 * A virtual row's measured height, or the estimate when the row measures 0 (not laid out: a hidden
 * tab, or a DOM without layout such as jsdom). A 0 would stack every row at the same offset.
 */
function measuredOrEstimate(estimate: number) {
  return (element: Element, entry?: ResizeObserverEntry, known?: number) => {
    // Drawn just now, not laid out yet: what was measured before, else the estimate. Its
    // ResizeObserver reports the real height once the browser has laid the row out.
    if (!entry) return known ?? estimate;
    const height = entry.borderBoxSize?.[0]?.blockSize ?? element.getBoundingClientRect().height;
    return height > 0 ? height : estimate;
  };
}

/**
 * A size reported as a transition. The virtualizer draws again when the rows in view change, and
 * a state set from an observer's callback is drawn in one piece: on a box's first report, all the
 * rows it shows (a long task of a phone's start-up). As a transition React draws them in slices.
 */
const reportInSlices = (report: () => void) => startTransition(report);

/** The box's size from its ResizeObserver only (the default also reads it at once, mid-commit). */
function observeBoxSizeAfterLayout(
  instance: Virtualizer<HTMLElement, Element>,
  report: (rect: Rect) => void,
) {
  const box = instance.scrollElement;
  if (!box) return;
  const observer = new ResizeObserver(([entry]) => {
    const size = entry?.borderBoxSize?.[0];
    const rect = size
      ? { width: size.inlineSize, height: size.blockSize }
      : box.getBoundingClientRect();
    const rounded = { width: Math.round(rect.width), height: Math.round(rect.height) };
    // The rows it brings into view are drawn in slices (see `reportInSlices`).
    reportInSlices(() => report(rounded));
  });
  observer.observe(box, { box: 'border-box' });
  return () => observer.disconnect();
}

/**
 * The window's size once the page has been laid out (a ResizeObserver's first report), then on
 * each resize: the default reads it at once, and `innerHeight` read mid-commit laid the gallery's
 * page out (25–39 ms of style and 7–8 ms of layout at 4x CPU).
 */
function observeWindowSizeAfterLayout(
  instance: Virtualizer<Window, Element>,
  report: (rect: Rect) => void,
) {
  const win = instance.scrollElement;
  if (!win) return;
  const read = () => {
    const size = { width: win.innerWidth, height: win.innerHeight };
    reportInSlices(() => report(size));
  };
  const laidOut = new ResizeObserver(() => {
    laidOut.disconnect();
    read();
  });
  laidOut.observe(win.document.documentElement);
  win.addEventListener('resize', read, { passive: true });
  return () => {
    laidOut.disconnect();
    win.removeEventListener('resize', read);
  };
}

/**
 * Whether a scroll would leave the list where it is. The virtualizer scrolls each scroll element
 * it is given to its offset (a new box's 0), and a scroll, even to where it is, lays the page out
 * at once: 32 ms of style and 41 ms of layout in one commit of the sessions page at 4x CPU, for a
 * box already at its top. So the scroll functions below skip those.
 */
const alreadyThere = (
  offset: number,
  { adjustments = 0 }: { adjustments?: number },
  instance: { scrollOffset: number | null },
) => offset + adjustments === instance.scrollOffset;

const scrollBoxUnlessThere: typeof elementScroll = (offset, options, instance) => {
  if (!alreadyThere(offset, options, instance)) elementScroll(offset, options, instance);
};
const scrollWindowUnlessThere: typeof windowScroll = (offset, options, instance) => {
  if (!alreadyThere(offset, options, instance)) windowScroll(offset, options, instance);
};

/**
 * Where the list starts on the page (the window virtualizer's scroll margin), read when the page's
 * width or the list's surroundings change: a notice above it, filters opened.
 */
function useListTop(list: HTMLElement | null, enabled: boolean, onTop: (px: number) => void) {
  useLayoutEffect(() => {
    if (!enabled || !list) return;
    return observeLayout([list], () =>
      onTop(Math.round(list.getBoundingClientRect().top + window.scrollY)),
    );
  }, [list, enabled, onTop]);
}

export interface VirtualRowsOptions {
  count: number;
  /** A row's height until it is measured. */
  estimateSize: number;
  /**
   * The list's element (null until it is in the page): with the page scrolling, where it starts
   * on the page says which rows show. An element, not a ref: a parent's ref is attached after its
   * children's layout effects, so a ref read there can still be empty, and nothing reads it again.
   */
  list: HTMLElement | null;
  /**
   * The box that scrolls (null until it is in the page); undefined when the page (window) scrolls.
   * Which of the two is fixed for the list's life.
   */
  scrollBox?: HTMLElement | null;
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
  list,
  scrollBox,
  overscan = 8,
  enabled = true,
  getItemKey,
  memory,
}: VirtualRowsOptions) {
  const inWindow = scrollBox === undefined;
  const [scrollMargin, setScrollMargin] = useState(memory?.scrollMargin ?? 0);
  const keepListTop = useCallback(
    (margin: number) => {
      setScrollMargin(margin);
      memory?.keepScrollMargin(margin);
    },
    [memory],
  );
  useListTop(list, inWindow && enabled, keepListTop);
  // Read once, when the virtualizer first lays the rows out.
  const [remembered] = useState(() => rememberedRows(memory));
  const measure = measuredOrEstimate(estimateSize);
  const common = {
    estimateSize: () => estimateSize,
    measureElement: (
      element: Element,
      entry: ResizeObserverEntry | undefined,
      instance: Virtualizer<Window, Element> | Virtualizer<HTMLElement, Element>,
    ) => {
      const index = Number(element.getAttribute('data-index'));
      const key = getItemKey?.(index) ?? index;
      const size = measure(element, entry, instance.itemSizeCache.get(key));
      if (entry) memory?.sizes.set(key, size);
      return size;
    },
    overscan,
    getItemKey,
    initialMeasurementsCache: remembered,
  };
  // Until the window or the box reports its size: the screen's height (a guess where there is no
  // screen, as in jsdom), enough rows to fill either. Not the window's: reading `innerHeight`
  // while React renders laid the page out, 4–11 ms at 4x CPU.
  const firstGuess = { width: 0, height: screen.height || 1000 };
  // Hooks cannot be chosen at run time, so both exist and only the one that scrolls is enabled.
  const inPage = useWindowVirtualizer({
    ...common,
    count: inWindow ? count : 0,
    scrollMargin,
    scrollToFn: scrollWindowUnlessThere,
    observeElementRect: observeWindowSizeAfterLayout,
    initialRect: firstGuess,
    enabled: enabled && inWindow,
  });
  // The build has no React Compiler, so the virtualizer's unmemoizable functions are fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const inBox = useVirtualizer({
    ...common,
    count: inWindow ? 0 : count,
    getScrollElement: () => scrollBox ?? null,
    observeElementRect: observeBoxSizeAfterLayout,
    scrollToFn: scrollBoxUnlessThere,
    initialRect: firstGuess,
    // Not before its box is in the page: rows drawn without it would be drawn again at once, and
    // a row asked for (`scrollToRow`) could not be scrolled to.
    enabled: enabled && !inWindow && scrollBox !== null,
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

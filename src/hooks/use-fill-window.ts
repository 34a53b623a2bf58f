import { useLayoutEffect } from 'react';
import { observeLayout } from './observe-layout.ts';

/**
 * Sizes a box that scrolls on its own to the window: its `max-height` is `100dvh` less where the
 * box starts on the page and what follows it down to the page's end (a pager), the room it has
 * without the page scrolling as well, five rows (20rem) at the least. Both are read in a
 * ResizeObserver's callback, after the browser has laid the page out (no layout forced while React
 * commits), and again whenever the page's width or the box's surroundings change (filters opened,
 * a notice shown). Observed from a layout effect, the first reading comes before the first paint.
 *
 * The box's own `max-height`, not CSS variables its stylesheet reads: a variable is inherited, so
 * setting one restyled every row inside the box (28 ms of a frame on the sessions page at 4x CPU).
 */
export function useFillWindow(box: HTMLElement | null, enabled: boolean) {
  useLayoutEffect(() => {
    const around = box?.parentElement;
    if (!enabled || !box || !around) return;
    let written = '';
    const place = () => {
      const rect = box.getBoundingClientRect();
      const main = box.closest('main');
      const mainPadding = main ? parseFloat(getComputedStyle(main).paddingBottom) || 0 : 0;
      const top = rect.top + window.scrollY;
      const below = around.getBoundingClientRect().bottom - rect.bottom + mainPadding;
      const height = `max(20rem, calc(100dvh - ${pixels(top)} - ${pixels(below)}))`;
      // Only when it changed, so a reading that changes nothing lays nothing out again. (Kept
      // as written: the browser reads a calc() back in a form of its own.)
      if (height !== written) box.style.maxHeight = written = height;
    };
    return observeLayout([around], place);
  }, [box, enabled]);
}

/** Rounded up: a box a fraction of a pixel too tall would give the page a scrollbar of its own. */
const pixels = (length: number) => `${Math.max(0, Math.ceil(length))}px`;

import { useLayoutEffect } from 'react';

/**
 * Sizes a box that scrolls on its own to the window: its CSS reads `--fill-top` (where the box
 * starts on the page) and `--fill-below` (what follows it down to the page's end, e.g. a pager),
 * so `100dvh` less both is the room it has without the page scrolling as well. Both are read in a
 * ResizeObserver's callback, after the browser has laid the page out (no layout forced while React
 * commits), and again whenever the page's width or the box's surroundings change (filters opened,
 * a notice shown). Observed from a layout effect, the first reading comes before the first paint.
 */
export function useFillWindow(box: HTMLElement | null, enabled: boolean) {
  useLayoutEffect(() => {
    const around = box?.parentElement;
    if (!enabled || !box || !around) return;
    const place = () => {
      const rect = box.getBoundingClientRect();
      const main = box.closest('main');
      const mainPadding = main ? parseFloat(getComputedStyle(main).paddingBottom) || 0 : 0;
      const top = rect.top + window.scrollY;
      const below = around.getBoundingClientRect().bottom - rect.bottom + mainPadding;
      setPixels(box, '--fill-top', top);
      setPixels(box, '--fill-below', below);
    };
    const observer = new ResizeObserver(place);
    observer.observe(document.body);
    observer.observe(around);
    return () => observer.disconnect();
  }, [box, enabled]);
}

/**
 * Sets a length only when it changed, so a reading that changes nothing lays nothing out again.
 * Rounded up: a box a fraction of a pixel too tall would give the page a scrollbar of its own.
 */
function setPixels(element: HTMLElement, property: string, pixels: number) {
  const value = `${Math.max(0, Math.ceil(pixels))}px`;
  if (element.style.getPropertyValue(property) !== value) {
    element.style.setProperty(property, value);
  }
}

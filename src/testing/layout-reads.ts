import { vi } from 'vitest';

/**
 * Counts what makes a browser lay the page out inside a script (a box's size, computed styles).
 * Read it right after rendering: Testing Library's role queries read computed styles themselves.
 */
export function watchLayoutReads() {
  const rects = vi.spyOn(Element.prototype, 'getBoundingClientRect');
  const styles = vi.spyOn(window, 'getComputedStyle');
  return {
    get count() {
      return rects.mock.calls.length + styles.mock.calls.length;
    },
  };
}

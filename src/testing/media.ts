import { act } from '@testing-library/react';
import { vi } from 'vitest';

type MediaListener = (event: { matches: boolean; media: string }) => void;

/**
 * A screen on which one media query matches (a phone's width, say) and no other, until
 * `stopMatching` tells the page it no longer does (a phone turned, a window widened). Undone by
 * `vi.restoreAllMocks()`.
 */
export function screenMatching(query: string) {
  let matches = true;
  const listeners = new Set<MediaListener>();
  const original = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((asked: string) => ({
    ...original(asked),
    matches: asked === query && matches,
    addEventListener: (_type: string, listener: EventListener) => {
      if (asked === query) listeners.add(listener as unknown as MediaListener);
    },
    removeEventListener: (_type: string, listener: EventListener) =>
      listeners.delete(listener as unknown as MediaListener),
  }));
  return {
    stopMatching() {
      matches = false;
      act(() => listeners.forEach((listener) => listener({ matches: false, media: query })));
    },
  };
}

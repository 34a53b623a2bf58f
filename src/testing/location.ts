import { vi } from 'vitest';

/**
 * jsdom cannot navigate, and its `location.assign` cannot be replaced: this puts the address bar
 * at `address` (without navigating) and returns a spy that records full-page navigations instead.
 * Undo with `restoreLocation()` after the test.
 */
export function spyOnPageNavigation(address = '/') {
  window.history.replaceState(null, '', address);
  const real = window.location;
  const assign = vi.fn<(url: string | URL) => void>();
  // The real Location's own properties are fixed, so the proxy stands on an object inheriting them.
  const stand: Location = Object.create(real);
  const spied = new Proxy(stand, {
    get: (_, property) => (property === 'assign' ? assign : Reflect.get(real, property)),
  });
  vi.spyOn(window, 'location', 'get').mockReturnValue(spied);
  return assign;
}

export function restoreLocation() {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
}

import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A browser that reports paints: the test says when the first content is shown. */
function paintReportingBrowser() {
  let report: ((names: string[]) => void) | null = null;
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(callback: (list: { getEntriesByName(name: string): unknown[] }) => void) {
      report = (names) =>
        callback({ getEntriesByName: (name) => names.filter((shown) => shown === name) });
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return { shown: (...names: string[]) => act(() => report?.(names)) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('waiting for the first paint', () => {
  it('waits for the content to be shown, not only for a frame (Chromium holds the first one)', async () => {
    vi.resetModules();
    const browser = paintReportingBrowser();
    const { useAfterFirstPaint } = await import('./use-after-first-paint.ts');
    const { result } = renderHook(() => useAfterFirstPaint());

    // Frames run, but nothing has been shown yet.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(result.current).toBe(false);

    browser.shown('first-paint');
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(result.current).toBe(false);

    browser.shown('first-contentful-paint');
    await vi.waitFor(() => expect(result.current).toBe(true));
  });

  it('after the page has shown content, waits one frame only', async () => {
    vi.resetModules();
    const browser = paintReportingBrowser();
    const { useAfterFirstPaint } = await import('./use-after-first-paint.ts');
    const first = renderHook(() => useAfterFirstPaint());
    browser.shown('first-contentful-paint');
    await vi.waitFor(() => expect(first.result.current).toBe(true));

    const later = renderHook(() => useAfterFirstPaint());
    expect(later.result.current).toBe(false);
    await vi.waitFor(() => expect(later.result.current).toBe(true));
  });
});

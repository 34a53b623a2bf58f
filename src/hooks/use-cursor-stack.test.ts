import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCursorStack } from './use-cursor-stack.ts';

describe('useCursorStack', () => {
  it('starts on page 1 with no cursor, and Next opens each page with the cursor it was given', () => {
    const { result } = renderHook(() => useCursorStack('all images'));
    expect(result.current).toMatchObject({ cursor: undefined, pageNumber: 1 });

    act(() => result.current.next('after-page-1'));
    expect(result.current).toMatchObject({ cursor: 'after-page-1', pageNumber: 2 });
    act(() => result.current.next('after-page-2'));
    expect(result.current).toMatchObject({ cursor: 'after-page-2', pageNumber: 3 });
  });

  it('goes back one page at a time with Previous, and never before page 1', () => {
    const { result } = renderHook(() => useCursorStack('all images'));
    act(() => result.current.next('after-page-1'));
    act(() => result.current.next('after-page-2'));

    act(() => result.current.previous());
    expect(result.current).toMatchObject({ cursor: 'after-page-1', pageNumber: 2 });
    act(() => result.current.previous());
    act(() => result.current.previous());
    expect(result.current).toMatchObject({ cursor: undefined, pageNumber: 1 });
  });

  it('goes straight back to page 1 with First', () => {
    const { result } = renderHook(() => useCursorStack('all images'));
    act(() => result.current.next('after-page-1'));
    act(() => result.current.next('after-page-2'));

    act(() => result.current.first());
    expect(result.current).toMatchObject({ cursor: undefined, pageNumber: 1 });
  });

  it('starts again at page 1 as soon as the listing changes, without one render on the old cursor', () => {
    const cursorsRendered: (string | undefined)[] = [];
    const { result, rerender } = renderHook(
      ({ listKey }) => {
        const stack = useCursorStack(listKey);
        cursorsRendered.push(stack.cursor);
        return stack;
      },
      { initialProps: { listKey: 'name=Debian' } },
    );
    act(() => result.current.next('after-page-1'));

    cursorsRendered.length = 0;
    rerender({ listKey: 'name=Ubuntu' });
    expect(cursorsRendered.length).toBeGreaterThan(0);
    expect(cursorsRendered.every((cursor) => cursor === undefined)).toBe(true);
    expect(result.current.pageNumber).toBe(1);
    act(() => result.current.next('ubuntu-after-page-1'));
    expect(result.current).toMatchObject({ cursor: 'ubuntu-after-page-1', pageNumber: 2 });
  });

  it('keeps its callbacks from render to render, so they can sit in effects and memoized rows', () => {
    const { result, rerender } = renderHook(() => useCursorStack('all images'));
    const { next, previous, first } = result.current;
    act(() => result.current.next('after-page-1'));
    rerender();
    expect(result.current.next).toBe(next);
    expect(result.current.previous).toBe(previous);
    expect(result.current.first).toBe(first);
  });
});

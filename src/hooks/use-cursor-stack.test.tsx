import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate, type InitialEntry } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { useCursorStack } from './use-cursor-stack.ts';

/** The stack under test, in a router whose history starts at `entry`. */
function renderStack(listKey = 'all images', entry: InitialEntry = '/images') {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[entry]}>{children}</MemoryRouter>
  );
  return renderHook(
    ({ key }) => ({ ...useCursorStack(key), location: useLocation(), navigate: useNavigate() }),
    { wrapper, initialProps: { key: listKey } },
  );
}

describe('useCursorStack', () => {
  it('starts on page 1 with no cursor, and Next opens each page with the cursor it was given', () => {
    const { result } = renderStack();
    expect(result.current).toMatchObject({ cursor: undefined, pageNumber: 1 });

    act(() => result.current.next('after-page-1'));
    expect(result.current).toMatchObject({ cursor: 'after-page-1', pageNumber: 2 });
    act(() => result.current.next('after-page-2'));
    expect(result.current).toMatchObject({ cursor: 'after-page-2', pageNumber: 3 });
  });

  it('goes back one page at a time with Previous, and never before page 1', () => {
    const { result } = renderStack();
    act(() => result.current.next('after-page-1'));
    act(() => result.current.next('after-page-2'));

    act(() => result.current.previous());
    expect(result.current).toMatchObject({ cursor: 'after-page-1', pageNumber: 2 });
    act(() => result.current.previous());
    act(() => result.current.previous());
    expect(result.current).toMatchObject({ cursor: undefined, pageNumber: 1 });
  });

  it('goes straight back to page 1 with First', () => {
    const { result } = renderStack();
    act(() => result.current.next('after-page-1'));
    act(() => result.current.next('after-page-2'));

    act(() => result.current.first());
    expect(result.current).toMatchObject({ cursor: undefined, pageNumber: 1 });
  });

  it('starts again at page 1 as soon as the listing changes, without one render on the old cursor', () => {
    const cursorsRendered: (string | undefined)[] = [];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MemoryRouter>{children}</MemoryRouter>
    );
    const { result, rerender } = renderHook(
      ({ listKey }) => {
        const stack = useCursorStack(listKey);
        cursorsRendered.push(stack.cursor);
        return stack;
      },
      { wrapper, initialProps: { listKey: 'name=Debian' } },
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
    const { result, rerender } = renderStack();
    const { next, previous, first } = result.current;
    act(() => result.current.next('after-page-1'));
    rerender({ key: 'all images' });
    expect(result.current.next).toBe(next);
    expect(result.current.previous).toBe(previous);
    expect(result.current.first).toBe(first);
  });

  it('keeps its stack in the history entry, never in the address, and reopens it from there', async () => {
    const { result, unmount } = renderStack('all images', '/images?region=DFW');
    act(() => result.current.next('after-page-1'));
    act(() => result.current.next('after-page-2'));
    await vi.waitFor(() =>
      expect(result.current.location.state).toEqual({
        cursorStack: { listKey: 'all images', cursors: ['after-page-1', 'after-page-2'] },
      }),
    );
    const entry = result.current.location;
    expect(entry.search).toBe('?region=DFW');
    unmount();

    const reopened = renderStack('all images', entry);
    expect(reopened.result.current).toMatchObject({ cursor: 'after-page-2', pageNumber: 3 });
    // The entry's stack belongs to its listing: another listing there starts at page 1.
    expect(renderStack('name=Ubuntu', entry).result.current.pageNumber).toBe(1);
  });

  it('reopens the page of the entry Back or Forward goes to, and keeps it under a pushed entry', async () => {
    const { result } = renderStack();
    act(() => result.current.next('after-page-1'));
    await vi.waitFor(() => expect(result.current.location.state).not.toBeNull());
    await act(() => result.current.navigate('/images/123'));
    expect(result.current.pageNumber).toBe(2);
    act(() => result.current.next('after-page-2'));
    await act(() => result.current.navigate(-1));
    expect(result.current).toMatchObject({ cursor: 'after-page-1', pageNumber: 2 });
    await act(() => result.current.navigate(1));
    await vi.waitFor(() => expect(result.current.pageNumber).toBe(3));
  });

  it('ignores a history state it cannot read, and starts at page 1', () => {
    for (const state of [
      { cursorStack: { listKey: 'all images', cursors: [1] } },
      'page 3',
      null,
    ]) {
      const { result } = renderStack('all images', { pathname: '/images', state });
      expect(result.current).toMatchObject({ cursor: undefined, pageNumber: 1 });
    }
  });
});

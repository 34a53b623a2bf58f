import { afterEach, describe, expect, it, vi } from 'vitest';
import { screenMatching } from '../../testing/media.ts';
import { drawerCoversScreenQuery, listHeldAtStart } from './list-behind-drawer.ts';

describe('whether the sessions table’s code can wait', () => {
  afterEach(() => vi.restoreAllMocks());

  it('waits on a session’s address when its drawer covers the screen', () => {
    screenMatching(drawerCoversScreenQuery);
    expect(listHeldAtStart('/sessions/0f4c')).toBe(true);
  });

  it('does not wait on the list’s own address, whatever the screen', () => {
    screenMatching(drawerCoversScreenQuery);
    expect(listHeldAtStart('/sessions')).toBe(false);
  });

  it('does not wait on a screen wide enough to show the list beside the drawer', () => {
    screenMatching('(min-width: 1px)');
    expect(listHeldAtStart('/sessions/0f4c')).toBe(false);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { addressAtStart } from './address-at-start.ts';

describe('addressAtStart', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('reads the path, the query and the router state of this history entry', () => {
    window.history.replaceState(
      { usr: { account: 'jdoe' }, key: 'k1', idx: 2 },
      '',
      '/users/jdoe?view=all',
    );
    expect(addressAtStart()).toEqual({
      pathname: '/users/jdoe',
      search: '?view=all',
      routerState: { account: 'jdoe' },
    });
  });

  it('has no router state for an entry the router did not make', () => {
    window.history.replaceState(null, '', '/sessions');
    expect(addressAtStart()).toEqual({ pathname: '/sessions', search: '', routerState: undefined });
  });
});

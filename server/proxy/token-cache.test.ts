import { describe, expect, it } from 'vitest';
import { createTokenCache, refreshMarginMs, type MintedToken } from './token-cache.ts';

function countingMint(lifetimeMs: number) {
  let mints = 0;
  const mint = () => {
    mints += 1;
    return Promise.resolve<MintedToken>({ token: `token-${mints}`, lifetimeMs });
  };
  return { mint, count: () => mints };
}

describe('refreshMarginMs', () => {
  it('is 60 s for long-lived tokens and half the lifetime for short ones', () => {
    expect(refreshMarginMs(3_600_000)).toBe(60_000);
    expect(refreshMarginMs(100_000)).toBe(50_000);
    expect(refreshMarginMs(1_000)).toBe(500);
  });
});

describe('createTokenCache', () => {
  it('reuses a token until the refresh margin, then mints again', async () => {
    let clock = 0;
    const source = countingMint(3_600_000);
    const cache = createTokenCache(source.mint, () => clock);
    expect((await cache.get()).token).toBe('token-1');
    clock = 3_600_000 - 60_001;
    expect((await cache.get()).token).toBe('token-1');
    clock = 3_600_000 - 60_000;
    expect((await cache.get()).token).toBe('token-2');
  });

  it('shares one in-flight mint between concurrent callers', async () => {
    let release: (token: MintedToken) => void = () => undefined;
    let mints = 0;
    const cache = createTokenCache(() => {
      mints += 1;
      return new Promise<MintedToken>((resolve) => (release = resolve));
    });
    const waiting = Promise.all(Array.from({ length: 20 }, () => cache.get()));
    release({ token: 'shared', lifetimeMs: 60_000 });
    expect((await waiting).every((minted) => minted.token === 'shared')).toBe(true);
    expect(mints).toBe(1);
  });

  it('does not remember a failed mint', async () => {
    let attempts = 0;
    const cache = createTokenCache(() => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new Error('rejected'))
        : Promise.resolve({ token: 'second', lifetimeMs: 60_000 });
    });
    await expect(cache.get()).rejects.toThrow('rejected');
    expect((await cache.get()).token).toBe('second');
  });

  it('refresh() always mints, and invalidate() drops only the named token', async () => {
    const source = countingMint(3_600_000);
    const cache = createTokenCache(source.mint);
    await cache.get();
    expect((await cache.refresh()).token).toBe('token-2');
    cache.invalidate('token-1');
    expect((await cache.get()).token).toBe('token-2');
    cache.invalidate('token-2');
    expect((await cache.get()).token).toBe('token-3');
  });
});

/** A minted credential and how long the issuer said it lives. */
export interface MintedToken {
  token: string;
  lifetimeMs: number;
}

export interface TokenCache<T extends MintedToken> {
  /** The cached token, or a fresh one when there is none or it is about to expire. */
  get(): Promise<T>;
  /** Mints a new token even if the cached one is still good (test-connection). */
  refresh(): Promise<T>;
  /** Drops `token` if it is still the cached one, e.g. after the upstream answered 401. */
  invalidate(token: string): void;
}

/** Refresh this long before expiry: 60 s, or half the lifetime for short-lived tokens. */
export function refreshMarginMs(lifetimeMs: number): number {
  return Math.min(60_000, lifetimeMs / 2);
}

/** How long a provider waits for its cloud, and the clock its token cache reads. */
export interface ProviderTiming {
  timeoutMs: number;
  now: () => number;
}

/**
 * Caches one token until shortly before it expires. Concurrent callers share a single in-flight
 * mint, so a burst of requests costs one round trip to the token endpoint; a failed mint is not
 * remembered, so the next request tries again.
 */
export function createTokenCache<T extends MintedToken>(
  mint: () => Promise<T>,
  now: () => number = Date.now,
): TokenCache<T> {
  let cached: { value: T; refreshAt: number } | null = null;
  let inFlight: Promise<T> | null = null;

  function startMint(): Promise<T> {
    const attempt = mint().then(
      (value) => {
        if (inFlight === attempt) {
          cached = {
            value,
            refreshAt: now() + value.lifetimeMs - refreshMarginMs(value.lifetimeMs),
          };
          inFlight = null;
        }
        return value;
      },
      (error: unknown) => {
        if (inFlight === attempt) inFlight = null;
        throw error;
      },
    );
    inFlight = attempt;
    return attempt;
  }

  return {
    get() {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.value);
      return inFlight ?? startMint();
    },
    refresh() {
      cached = null;
      return startMint();
    },
    invalidate(token) {
      if (cached?.value.token === token) cached = null;
    },
  };
}

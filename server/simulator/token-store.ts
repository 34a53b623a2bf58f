import { randomBytes } from 'node:crypto';

export interface IssuedToken<Principal> {
  /** Opaque: 256 random bits, base64url (no `=`, so it survives `bearer=<token>` parsing). */
  id: string;
  principal: Principal;
  issuedAt: number;
  expiresAt: number;
}

export type TokenLookup<Principal> =
  | { status: 'valid'; token: IssuedToken<Principal> }
  | { status: 'unknown' }
  | { status: 'expired'; token: IssuedToken<Principal> };

/** Tokens kept in memory with their principal and expiry; `now` is injectable so tests need not sleep. */
export class TokenStore<Principal> {
  private readonly tokens = new Map<string, IssuedToken<Principal>>();
  private readonly latestByKey = new Map<string, IssuedToken<Principal>>();

  constructor(private readonly now: () => number) {}

  issue(principal: Principal, ttlSeconds: number, reuseKey?: string): IssuedToken<Principal> {
    this.forgetExpired();
    const issuedAt = this.now();
    const token = {
      id: randomBytes(32).toString('base64url'),
      principal,
      issuedAt,
      expiresAt: issuedAt + ttlSeconds * 1000,
    };
    this.tokens.set(token.id, token);
    if (reuseKey !== undefined) this.latestByKey.set(reuseKey, token);
    return token;
  }

  /** The last token issued under `reuseKey`, if it still has more than `minRemainingMs` to live. */
  reusable(reuseKey: string, minRemainingMs: number): IssuedToken<Principal> | undefined {
    const token = this.latestByKey.get(reuseKey);
    return token && token.expiresAt - this.now() > minRemainingMs ? token : undefined;
  }

  lookup(id: string): TokenLookup<Principal> {
    const token = this.tokens.get(id);
    if (!token) return { status: 'unknown' };
    return this.now() >= token.expiresAt
      ? { status: 'expired', token }
      : { status: 'valid', token };
  }

  /** Expired tokens are kept for a day so they answer "expired" rather than "invalid", then dropped. */
  private forgetExpired(): void {
    const cutoff = this.now() - 24 * 3_600_000;
    for (const [id, token] of this.tokens) if (token.expiresAt < cutoff) this.tokens.delete(id);
  }
}

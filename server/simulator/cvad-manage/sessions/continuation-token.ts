import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Why a continuation token was refused, in words a client can show. */
export type TokenRefusal = 'malformed' | 'forged' | 'expired' | 'other-query';

export const tokenRefusalText: Record<TokenRefusal, string> = {
  malformed: 'The continuation token is not one this API issued.',
  forged: 'The continuation token was altered or was issued before the service restarted.',
  expired: 'The continuation token has expired; start again from the first page.',
  'other-query':
    'The continuation token belongs to a different query; start again from the first page.',
};

interface TokenPayload {
  /** Hash of the query the token continues. */
  q: string;
  /** Offset of the next row. */
  o: number;
  /** Expiry, epoch ms. */
  e: number;
}

/** A stable hash of anything JSON-serializable, to tie a token to its query. */
export function queryHash(query: unknown): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 22);
}

/**
 * Opaque, tamper-evident continuation tokens: the payload (query hash, offset, expiry) is signed with
 * HMAC-SHA256 under a secret made at start-up, so a client can neither forge an offset nor reuse a
 * token across queries or simulator restarts.
 */
export function createContinuationTokens(now: () => number, ttlSeconds: number) {
  const secret = randomBytes(32);
  const sign = (body: string) => createHmac('sha256', secret).update(body).digest();

  return {
    issue(hash: string, offset: number): string {
      const payload: TokenPayload = { q: hash, o: offset, e: now() + ttlSeconds * 1000 };
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
      return `${body}.${sign(body).toString('base64url')}`;
    },

    /** The offset the token continues from, or why it is refused. */
    read(token: string, hash: string): { offset: number } | { refusal: TokenRefusal } {
      const [body, signature, extra] = token.split('.');
      if (!body || !signature || extra !== undefined) return { refusal: 'malformed' };
      const given = Buffer.from(signature, 'base64url');
      const expected = sign(body);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { refusal: 'forged' };
      }
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as TokenPayload;
      if (now() > payload.e) return { refusal: 'expired' };
      if (payload.q !== hash) return { refusal: 'other-query' };
      return { offset: payload.o };
    },
  };
}

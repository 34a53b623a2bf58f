import type { Queryable } from './database.ts';
import type { PendingSignIn, SignInRepository } from './types.ts';

export function createSignInRepository(database: Queryable): SignInRepository {
  return {
    async create(request) {
      await database.query(
        `INSERT INTO pending_sign_ins (state, code_verifier, nonce, return_to, created_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [request.state, request.codeVerifier, request.nonce, request.returnTo, request.createdAt],
      );
    },

    async take(state, now, maxAgeMs) {
      const oldestAllowed = new Date(now.getTime() - maxAgeMs);
      // One statement both consumes this state (a callback replayed later finds nothing) and
      // sweeps attempts abandoned at the identity provider, which nothing else would remove.
      const { rows } = await database.query<PendingSignIn>(
        `DELETE FROM pending_sign_ins WHERE state = $1 OR created_at <= $2
         RETURNING state, code_verifier AS "codeVerifier", nonce, return_to AS "returnTo",
           created_at AS "createdAt"`,
        [state, oldestAllowed],
      );
      const request = rows.find((row) => row.state === state);
      return request && request.createdAt.getTime() > oldestAllowed.getTime() ? request : null;
    },
  };
}

import type { Queryable } from './database.ts';
import type { SignOutRepository } from './types.ts';

export function createSignOutRepository(database: Queryable): SignOutRepository {
  return {
    async create(ticketHash, endSessionUrl, createdAt) {
      await database.query(
        `INSERT INTO pending_sign_outs (ticket_hash, end_session_url, created_at) VALUES ($1, $2, $3)`,
        [ticketHash, endSessionUrl, createdAt],
      );
    },

    async take(ticketHash, now, maxAgeMs) {
      const oldestAllowed = new Date(now.getTime() - maxAgeMs);
      // Consumes this ticket and sweeps abandoned ones (a sign-out page closed before it loaded).
      const { rows } = await database.query<{
        ticketHash: string;
        endSessionUrl: string;
        createdAt: Date;
      }>(
        `DELETE FROM pending_sign_outs WHERE ticket_hash = $1 OR created_at <= $2
         RETURNING ticket_hash AS "ticketHash", end_session_url AS "endSessionUrl",
           created_at AS "createdAt"`,
        [ticketHash, oldestAllowed],
      );
      const ticket = rows.find((row) => row.ticketHash === ticketHash);
      return ticket && ticket.createdAt > oldestAllowed ? ticket.endSessionUrl : null;
    },
  };
}

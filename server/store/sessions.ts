import type { Queryable } from './database.ts';
import { jsonParameter } from './sql-values.ts';
import type { SessionRepository, StoredSession } from './types.ts';

// Aliased to the interface's names, so rows are StoredSessions as they come.
const sessionColumns = `id_hash AS "idHash", actor, id_token AS "idToken", created_at AS "createdAt",
  idle_expires_at AS "idleExpiresAt", absolute_expires_at AS "absoluteExpiresAt"`;

export function createSessionRepository(database: Queryable): SessionRepository {
  return {
    async create(session) {
      await database.query(
        `INSERT INTO console_sessions
           (id_hash, actor, id_token, created_at, idle_expires_at, absolute_expires_at)
         VALUES ($1, $2::jsonb, $3, $4, $5, $6)`,
        [
          session.idHash,
          jsonParameter(session.actor),
          session.idToken,
          session.createdAt,
          session.idleExpiresAt,
          session.absoluteExpiresAt,
        ],
      );
    },

    async findActive(idHash, now) {
      const { rows } = await database.query<StoredSession>(
        `SELECT ${sessionColumns} FROM console_sessions
         WHERE id_hash = $1 AND idle_expires_at > $2 AND absolute_expires_at > $2`,
        [idHash, now],
      );
      return rows[0] ?? null;
    },

    async touch(idHash, idleExpiresAt) {
      // LEAST keeps the promise of the absolute lifetime even if a caller slides too far.
      await database.query(
        `UPDATE console_sessions SET idle_expires_at = LEAST($2, absolute_expires_at)
         WHERE id_hash = $1`,
        [idHash, idleExpiresAt],
      );
    },

    async remove(idHash) {
      const { rows } = await database.query<StoredSession>(
        `DELETE FROM console_sessions WHERE id_hash = $1 RETURNING ${sessionColumns}`,
        [idHash],
      );
      return rows[0] ?? null;
    },

    async removeExpired(now) {
      const { rowCount } = await database.query(
        'DELETE FROM console_sessions WHERE LEAST(idle_expires_at, absolute_expires_at) <= $1',
        [now],
      );
      return rowCount;
    },
  };
}

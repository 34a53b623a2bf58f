import type { Database } from './database.ts';
import { claimDueRows } from './lease-claims.ts';
import { isUuid, jsonParameter } from './sql-values.ts';
import type { OperationRepository, StoredOperation } from './types.ts';

// Aliased to the interface's names, so rows are StoredOperations as they come.
const operationColumns = `id, kind, state, started_at AS "startedAt", started_by AS "startedBy",
  finished_at AS "finishedAt", location, transaction_id AS "transactionId", audit_id AS "auditId",
  rollout, session_action AS "sessionAction", machine_action AS "machineAction", progress, follow_problem AS "followProblem",
  followers, next_poll_at AS "nextPollAt", lease_owner AS "leaseOwner", lease_until AS "leaseUntil"`;

/** Lists return at most this many when the caller names no limit. */
export const defaultListLimit = 100;

// `$2` is the instance id in both statements that record a reading.
const withFollower = `CASE WHEN $2::text = ANY (followers) THEN followers
  ELSE array_append(followers, $2::text) END`;

export function createOperationRepository(database: Database): OperationRepository {
  return {
    async create(operation) {
      // Due at once: the first reading is taken as soon as an instance polls.
      const { rows } = await database.query<StoredOperation>(
        `INSERT INTO operations (kind, started_at, started_by, location, transaction_id, audit_id,
           rollout, session_action, machine_action, plan_id, next_poll_at)
         VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7::jsonb, $8::jsonb, $9::jsonb, $10, $2)
         RETURNING ${operationColumns}`,
        [
          operation.kind,
          operation.startedAt,
          jsonParameter(operation.startedBy),
          operation.location,
          operation.transactionId,
          operation.auditId,
          jsonParameter(operation.rollout),
          jsonParameter(operation.sessionAction),
          jsonParameter(operation.machineAction),
          operation.planId ?? null,
        ],
      );
      return rows[0]!;
    },

    async get(id) {
      if (!isUuid(id)) return null;
      const { rows } = await database.query<StoredOperation>(
        `SELECT ${operationColumns} FROM operations WHERE id = $1`,
        [id],
      );
      return rows[0] ?? null;
    },

    async list(filters) {
      const conditions: string[] = [];
      const params: unknown[] = [];
      const bind = (value: unknown) => `$${params.push(value)}`;
      if (filters.kind) conditions.push(`kind = ${bind(filters.kind)}`);
      if (filters.catalogId) {
        conditions.push(`rollout ->> 'catalogId' = ${bind(filters.catalogId)}`);
      }
      if (filters.state) conditions.push(`state = ${bind(filters.state)}`);
      const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
      const limit = bind(Math.max(1, Math.trunc(filters.limit ?? defaultListLimit)));
      const { rows } = await database.query<StoredOperation>(
        `SELECT ${operationColumns} FROM operations ${where}
         ORDER BY started_at DESC, id DESC LIMIT ${limit}`,
        params,
      );
      return rows;
    },

    async claimDue(instanceId, now, leaseMs, limit) {
      const rows = await claimDueRows<StoredOperation>(
        database,
        // Only running operations are ever due (the operations_due index holds just those).
        {
          table: 'operations',
          columns: operationColumns,
          dueColumn: 'next_poll_at',
          stillWork: "state = 'running'",
        },
        { instanceId, now, leaseMs, limit },
      );
      return rows.sort((a, b) => a.nextPollAt.getTime() - b.nextPollAt.getTime());
    },

    async recordProgress(id, instanceId, reading) {
      if (!isUuid(id)) return false;
      // Leases are compared by owner only: a holder whose lease ran out keeps writing until another
      // instance claims the operation, which is harmless and needs no clock shared with the caller.
      const { rowCount } = await database.query(
        `UPDATE operations SET progress = $3::jsonb, follow_problem = $4, next_poll_at = $5,
           followers = ${withFollower}
         WHERE id = $1 AND state = 'running' AND lease_owner = $2`,
        [
          id,
          instanceId,
          jsonParameter(reading.progress),
          reading.followProblem,
          reading.nextPollAt,
        ],
      );
      return rowCount === 1;
    },

    async finish(id, instanceId, ending) {
      if (!isUuid(id)) return false;
      // A final reading of null keeps the last one taken rather than erasing what was seen.
      const { rowCount } = await database.query(
        `UPDATE operations SET state = $3, progress = COALESCE($4::jsonb, progress),
           finished_at = $5, lease_owner = NULL, lease_until = NULL, followers = ${withFollower}
         WHERE id = $1 AND state = 'running' AND lease_owner = $2`,
        [id, instanceId, ending.state, jsonParameter(ending.progress), ending.finishedAt],
      );
      return rowCount === 1;
    },

    async releaseAll(instanceId) {
      await database.query(
        `UPDATE operations SET lease_owner = NULL, lease_until = NULL
         WHERE lease_owner = $1 AND state = 'running'`,
        [instanceId],
      );
    },
  };
}

import type { Database } from './database.ts';

/** Which rows of a table are work the instances share, and when each is due. */
export interface ClaimableTable {
  table: 'operations' | 'rollout_plans';
  /** The SELECT list, aliased to the stored record's names. */
  columns: string;
  /** When a row is due next (`next_poll_at`, `next_check_at`). */
  dueColumn: string;
  /** Rows that are still work at all, e.g. `state = 'running'`; `TRUE` for every row. */
  stillWork: string;
}

/**
 * Claims up to `limit` due rows that hold no live lease (or one of `instanceId`'s already),
 * leasing them to `instanceId` until `now + leaseMs`; earliest due first. `FOR UPDATE SKIP
 * LOCKED`: rows another instance is claiming right now are passed over, not waited for; when its
 * claim commits first, the lease condition is checked again on the new row, so two instances
 * never claim the same row.
 */
export async function claimDueRows<Row extends object>(
  database: Database,
  { table, columns, dueColumn, stillWork }: ClaimableTable,
  claim: { instanceId: string; now: Date; leaseMs: number; limit: number },
): Promise<Row[]> {
  const leaseUntil = new Date(claim.now.getTime() + claim.leaseMs);
  return database.transaction(async (tx) => {
    const { rows } = await tx.query<Row>(
      `WITH due AS (
         SELECT id AS due_id FROM ${table}
         WHERE ${stillWork} AND ${dueColumn} <= $2
           AND (lease_owner IS NULL OR lease_owner = $1 OR lease_until <= $2)
         ORDER BY ${dueColumn}
         LIMIT $4
         FOR UPDATE SKIP LOCKED
       )
       UPDATE ${table} SET lease_owner = $1, lease_until = $3
       FROM due WHERE id = due_id
       RETURNING ${columns}`,
      [claim.instanceId, claim.now, leaseUntil, claim.limit],
    );
    return rows;
  });
}

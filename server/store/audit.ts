import type { Queryable } from './database.ts';
import { containsPattern, isUuid, jsonParameter } from './sql-values.ts';
import type { AuditFilters, AuditRepository, StoredAuditRecord } from './types.ts';

// Every column but the generated search text, aliased to the interface's names.
const auditColumns = `id, at, actor, operation, operation_label AS "operationLabel", method, path,
  targets, request, outcome, reason, http_status AS "httpStatus",
  transaction_id AS "transactionId", location, operation_id AS "operationId",
  final_result AS "finalResult", finished_at AS "finishedAt"`;

/** The WHERE clause for `filters`, numbering its parameters from $1. */
function matching(filters: AuditFilters): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const bind = (value: unknown) => `$${params.push(value)}`;
  // actor_search joins subject, name and email; a trigram index serves substring matches on it.
  if (filters.actor) conditions.push(`actor_search ILIKE ${bind(containsPattern(filters.actor))}`);
  if (filters.operation) conditions.push(`operation = ${bind(filters.operation)}`);
  if (filters.target) {
    const pattern = bind(containsPattern(filters.target));
    conditions.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(targets) AS target
      WHERE target ->> 'id' ILIKE ${pattern} OR target ->> 'name' ILIKE ${pattern})`);
  }
  if (filters.outcome) conditions.push(`outcome = ${bind(filters.outcome)}`);
  // Both ends inclusive, as a person reading "from 10:00 to 11:00" expects.
  if (filters.from) conditions.push(`at >= ${bind(filters.from)}`);
  if (filters.to) conditions.push(`at <= ${bind(filters.to)}`);
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

export function createAuditRepository(database: Queryable): AuditRepository {
  return {
    async begin(entry) {
      const { rows } = await database.query<{ id: string }>(
        `INSERT INTO audit_records
           (at, actor, operation, operation_label, method, path, targets, request, outcome, reason)
         VALUES ($1, $2::jsonb, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10)
         RETURNING id`,
        [
          entry.at,
          jsonParameter(entry.actor),
          entry.operation,
          entry.operationLabel,
          entry.method,
          entry.path,
          jsonParameter(entry.targets),
          jsonParameter(entry.request),
          entry.outcome,
          entry.reason,
        ],
      );
      return rows[0]!.id;
    },

    async complete(id, completion) {
      const completed =
        isUuid(id) &&
        (
          await database.query(
            `UPDATE audit_records SET outcome = $2, reason = $3, http_status = $4,
               transaction_id = $5, location = $6, operation_id = $7,
               targets = COALESCE($8::jsonb, targets)
             WHERE id = $1 AND outcome = 'pending'`,
            [
              id,
              completion.outcome,
              completion.reason,
              completion.httpStatus,
              completion.transactionId,
              completion.location,
              completion.operationId,
              jsonParameter(completion.targets),
            ],
          )
        ).rowCount === 1;
      if (!completed) {
        throw new Error(`Audit record ${id} is not pending (unknown, or complete already).`);
      }
    },

    async finish(id, finalResult, finishedAt) {
      const finished =
        isUuid(id) &&
        (
          await database.query(
            `UPDATE audit_records SET final_result = $2, finished_at = $3
             WHERE id = $1 AND finished_at IS NULL`,
            [id, finalResult, finishedAt],
          )
        ).rowCount === 1;
      if (!finished) {
        throw new Error(`Audit record ${id} cannot be finished (unknown, or finished already).`);
      }
    },

    async get(id) {
      if (!isUuid(id)) return null;
      const { rows } = await database.query<StoredAuditRecord>(
        `SELECT ${auditColumns} FROM audit_records WHERE id = $1`,
        [id],
      );
      return rows[0] ?? null;
    },

    async list(filters, page, pageSize) {
      if (!Number.isInteger(page) || page < 1) {
        throw new RangeError(`page must be 1 or more, not ${page}`);
      }
      if (!Number.isInteger(pageSize) || pageSize < 1) {
        throw new RangeError(`pageSize must be 1 or more, not ${pageSize}`);
      }
      const { where, params } = matching(filters);
      const n = params.length;
      const [items, count] = await Promise.all([
        database.query<StoredAuditRecord>(
          `SELECT ${auditColumns} FROM audit_records ${where}
           ORDER BY at DESC, id DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
          [...params, pageSize, (page - 1) * pageSize],
        ),
        database.query<{ total: number }>(
          `SELECT count(*)::integer AS total FROM audit_records ${where}`,
          params,
        ),
      ]);
      return { items: items.rows, total: count.rows[0]?.total ?? 0 };
    },
  };
}

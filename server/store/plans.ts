import type { Database, Queryable } from './database.ts';
import { claimDueRows } from './lease-claims.ts';
import { isUuid, jsonParameter } from './sql-values.ts';
import type { PlanWave } from '../../contracts/rollout-plans.ts';
import type { PlanChangeResult, PlanRepository, StoredPlan } from './types.ts';

// Aliased to the interface's names, so rows are StoredPlans as they come.
const planColumns = `id, version, state, created_at AS "createdAt", created_by AS "createdBy",
  changed_at AS "changedAt", changed_by AS "changedBy", customer_id AS "customerId",
  site_id AS "siteId", image_id AS "imageId", image_name AS "imageName",
  citrix_prepared AS "citrixPrepared", restart, start_at AS "startAt",
  window_ends_at AS "windowEndsAt", time_zone AS "timeZone", waves, stop_reason AS "stopReason",
  finished_at AS "finishedAt", revert_requested_by AS "revertRequestedBy",
  revert_requested_at AS "revertRequestedAt", cancel_requested_by AS "cancelRequestedBy",
  cancel_requested_at AS "cancelRequestedAt", next_check_at AS "nextCheckAt",
  lease_owner AS "leaseOwner", lease_until AS "leaseUntil", created_audit_id AS "createdAuditId"`;

const defaultListLimit = 100;

export function createPlanRepository(database: Database): PlanRepository {
  const get = async (id: string, db: Queryable = database) => {
    if (!isUuid(id)) return null;
    const { rows } = await db.query<StoredPlan>(
      `SELECT ${planColumns} FROM rollout_plans WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  };

  /**
   * An admin's update: applied only when `condition` holds; otherwise the plan as it is says why
   * (gone, not in a state that allows it, or changed since `version`).
   */
  const updateIf = async (
    id: string,
    version: number | null,
    set: string,
    condition: string,
    params: unknown[],
  ): Promise<PlanChangeResult> => {
    if (!isUuid(id)) return { outcome: 'not-found' };
    const { rows } = await database.query<StoredPlan>(
      `UPDATE rollout_plans SET ${set}, version = version + 1
       WHERE id = $1 AND ($2::integer IS NULL OR version = $2) AND ${condition}
       RETURNING ${planColumns}`,
      [id, version, ...params],
    );
    if (rows[0]) return { outcome: 'changed', plan: rows[0] };
    const plan = await get(id);
    if (!plan) return { outcome: 'not-found' };
    return version !== null && plan.version !== version
      ? { outcome: 'stale', plan }
      : { outcome: 'not-allowed', plan };
  };

  return {
    async create(plan) {
      // Due at its start: a plan to start now is claimed on the runner's next tick.
      const { rows } = await database.query<StoredPlan>(
        `INSERT INTO rollout_plans (created_at, created_by, customer_id, site_id, image_id,
           image_name, citrix_prepared, restart, start_at, window_ends_at, time_zone, waves,
           created_audit_id, next_check_at)
         VALUES ($1, $2::jsonb, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12::jsonb, $13, $9)
         RETURNING ${planColumns}`,
        [
          plan.createdAt,
          jsonParameter(plan.createdBy),
          plan.customerId,
          plan.siteId,
          plan.imageId,
          plan.imageName,
          plan.citrixPrepared,
          jsonParameter(plan.restart),
          plan.startAt,
          plan.windowEndsAt,
          plan.timeZone,
          jsonParameter(plan.waves),
          plan.createdAuditId,
        ],
      );
      return rows[0]!;
    },

    get: (id) => get(id),

    async list(filters) {
      const params: unknown[] = [];
      const bind = (value: unknown) => `$${params.push(value)}`;
      const where = filters.state ? `WHERE state = ${bind(filters.state)}` : '';
      const limit = bind(Math.max(1, Math.trunc(filters.limit ?? defaultListLimit)));
      const { rows } = await database.query<StoredPlan>(
        `SELECT ${planColumns} FROM rollout_plans ${where}
         ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
        params,
      );
      return rows;
    },

    change(id, version, schedule, by, at) {
      return updateIf(
        id,
        version,
        `customer_id = $3, site_id = $4, image_id = $5, image_name = $6, citrix_prepared = $7,
         restart = $8::jsonb, start_at = $9, window_ends_at = $10, time_zone = $11,
         waves = $12::jsonb, changed_by = $13::jsonb, changed_at = $14, next_check_at = $9`,
        `state = 'scheduled'`,
        [
          schedule.customerId,
          schedule.siteId,
          schedule.imageId,
          schedule.imageName,
          schedule.citrixPrepared,
          jsonParameter(schedule.restart),
          schedule.startAt,
          schedule.windowEndsAt,
          schedule.timeZone,
          jsonParameter(schedule.waves),
          jsonParameter(by),
          at,
        ],
      );
    },

    async cancel(id, version, by, at, reason) {
      const plan = await get(id);
      if (!plan) return { outcome: 'not-found' };
      // Checked against the version read here, so a change landing in between is not overwritten.
      return updateIf(
        id,
        version ?? plan.version,
        `state = 'cancelled', changed_by = $3::jsonb, changed_at = $4, finished_at = $4,
         stop_reason = $5, next_check_at = NULL, waves = $6::jsonb`,
        `state = 'scheduled'`,
        [jsonParameter(by), at, reason, jsonParameter(skipEverything(plan.waves, reason))],
      );
    },

    requestRevert(id, by, at) {
      return updateIf(
        id,
        null,
        `revert_requested_by = $3::jsonb, revert_requested_at = $4, next_check_at = $4`,
        `state IN ('succeeded', 'stopped', 'cancelled') AND revert_requested_at IS NULL`,
        [jsonParameter(by), at],
      );
    },

    async requestCancel(id, by, at) {
      if (!isUuid(id)) return { outcome: 'not-found' };
      // Due at once, so the runner ends the plan as soon as the running wave has.
      const { rows } = await database.query<StoredPlan>(
        `UPDATE rollout_plans SET cancel_requested_by = $2::jsonb, cancel_requested_at = $3,
           next_check_at = LEAST(next_check_at, $3)
         WHERE id = $1 AND state = 'running' AND cancel_requested_at IS NULL
         RETURNING ${planColumns}`,
        [id, jsonParameter(by), at],
      );
      if (rows[0]) return { outcome: 'changed', plan: rows[0] };
      const plan = await get(id);
      return plan ? { outcome: 'not-allowed', plan } : { outcome: 'not-found' };
    },

    async claimDue(instanceId, now, leaseMs, limit) {
      const rows = await claimDueRows<StoredPlan>(
        database,
        // A plan with nothing more to do on its own has no next check, so it is never due.
        {
          table: 'rollout_plans',
          columns: planColumns,
          dueColumn: 'next_check_at',
          stillWork: 'TRUE',
        },
        { instanceId, now, leaseMs, limit },
      );
      return rows.sort((a, b) => (a.nextCheckAt?.getTime() ?? 0) - (b.nextCheckAt?.getTime() ?? 0));
    },

    async saveProgress(id, instanceId, version, progress, release) {
      if (!isUuid(id)) return false;
      const { rowCount } = await database.query(
        `UPDATE rollout_plans SET state = $4, waves = $5::jsonb, stop_reason = $6,
           finished_at = $7, next_check_at = $8,
           lease_owner = CASE WHEN $9::boolean THEN NULL ELSE lease_owner END,
           lease_until = CASE WHEN $9::boolean THEN NULL ELSE lease_until END
         WHERE id = $1 AND lease_owner = $2 AND version = $3`,
        [
          id,
          instanceId,
          version,
          progress.state,
          jsonParameter(progress.waves),
          progress.stopReason,
          progress.finishedAt,
          progress.nextCheckAt,
          release,
        ],
      );
      return rowCount === 1;
    },

    async releaseAll(instanceId) {
      await database.query(
        `UPDATE rollout_plans SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = $1`,
        [instanceId],
      );
    },
  };
}

/** A cancelled plan's waves: none of them will start. */
function skipEverything(waves: PlanWave[], reason: string): PlanWave[] {
  return waves.map((wave) => ({
    ...wave,
    state: 'skipped',
    catalogs: wave.catalogs.map((catalog) => ({ ...catalog, state: 'skipped', problem: reason })),
  }));
}

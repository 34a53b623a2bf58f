-- Rollout plans: one image rolled out to several catalogs in waves, started now or at a scheduled
-- time, run by whichever console instance claims the plan when it needs attention (next_check_at),
-- as operations are followed: FOR UPDATE SKIP LOCKED plus a lease.
CREATE TABLE rollout_plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Bumped by every change an admin makes (change, cancel, revert request); a change names it.
  version integer NOT NULL DEFAULT 1,
  state text NOT NULL DEFAULT 'scheduled'
    CHECK (state IN ('scheduled', 'running', 'succeeded', 'stopped', 'cancelled', 'missed')),
  created_at timestamptz NOT NULL,
  created_by jsonb NOT NULL,
  changed_at timestamptz,
  changed_by jsonb,
  customer_id text NOT NULL,
  site_id text NOT NULL,
  image_id text NOT NULL,
  image_name text,
  citrix_prepared boolean NOT NULL,
  restart jsonb NOT NULL,
  start_at timestamptz NOT NULL,
  window_ends_at timestamptz NOT NULL,
  time_zone text NOT NULL,
  waves jsonb NOT NULL,
  stop_reason text,
  finished_at timestamptz,
  revert_requested_by jsonb,
  revert_requested_at timestamptz,
  -- When a runner should look at it next; null when nothing more will happen on its own.
  next_check_at timestamptz,
  lease_owner text,
  lease_until timestamptz,
  -- The audit record of its scheduling, so every later step can point back to it.
  created_audit_id uuid REFERENCES audit_records (id),
  CHECK (window_ends_at > start_at),
  CHECK ((lease_owner IS NULL) = (lease_until IS NULL)),
  CHECK ((revert_requested_by IS NULL) = (revert_requested_at IS NULL)),
  CHECK ((state IN ('scheduled', 'running')) = (finished_at IS NULL))
);

CREATE INDEX rollout_plans_created ON rollout_plans (created_at DESC, id DESC);
CREATE INDEX rollout_plans_state ON rollout_plans (state, created_at DESC, id DESC);
-- claimDue: only plans that still need attention have a next check.
CREATE INDEX rollout_plans_due ON rollout_plans (next_check_at) WHERE next_check_at IS NOT NULL;

-- A rollout (or a revert) a plan started names it, so a plan's catalogs can be traced both ways.
ALTER TABLE operations ADD COLUMN plan_id uuid REFERENCES rollout_plans (id);
CREATE INDEX operations_plan ON operations (plan_id) WHERE plan_id IS NOT NULL;

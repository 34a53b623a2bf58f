-- An admin may cancel a running plan's remaining waves. The runner may be mid-step (an update
-- just sent, its record not yet saved), so the request is kept beside the plan, without bumping
-- its version, and the runner honours it before it starts another wave.
ALTER TABLE rollout_plans ADD COLUMN cancel_requested_by jsonb;
ALTER TABLE rollout_plans ADD COLUMN cancel_requested_at timestamptz;
ALTER TABLE rollout_plans
  ADD CONSTRAINT rollout_plans_cancel_request
  CHECK ((cancel_requested_by IS NULL) = (cancel_requested_at IS NULL));

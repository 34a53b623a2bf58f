-- Shared operation records: an async write the cloud accepted (a rollout, a session action),
-- followed by whichever console instance holds its lease, read by every instance.
CREATE TABLE operations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('rollout', 'session-action')),
  state text NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'succeeded', 'failed')),
  started_at timestamptz NOT NULL,
  started_by jsonb NOT NULL,
  finished_at timestamptz,
  location text NOT NULL,
  transaction_id text,
  audit_id uuid NOT NULL REFERENCES audit_records (id),
  rollout jsonb,
  session_action jsonb,
  progress jsonb,
  follow_problem text,
  followers text[] NOT NULL DEFAULT '{}',
  next_poll_at timestamptz NOT NULL,
  lease_owner text,
  lease_until timestamptz,
  CHECK ((state = 'running') = (finished_at IS NULL)),
  CHECK ((lease_owner IS NULL) = (lease_until IS NULL))
);

CREATE INDEX operations_started ON operations (started_at DESC, id DESC);
CREATE INDEX operations_catalog ON operations ((rollout ->> 'catalogId'), started_at DESC, id DESC)
  WHERE rollout IS NOT NULL;
-- claimDue: only running operations are ever due, so the index holds just those.
CREATE INDEX operations_due ON operations (next_poll_at) WHERE state = 'running';

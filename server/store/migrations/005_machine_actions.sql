-- Machine actions (a restart, a maintenance-mode change) the cloud runs as a job are shared
-- operations too: a third kind, and which machine and what was done, as session_action says it
-- for sessions. The CHECK is the one 003 declared inline, so PostgreSQL named it operations_kind_check.
ALTER TABLE operations DROP CONSTRAINT operations_kind_check;
ALTER TABLE operations
  ADD CONSTRAINT operations_kind_check CHECK (kind IN ('rollout', 'session-action', 'machine-action'));
ALTER TABLE operations ADD COLUMN machine_action jsonb;

-- Substring search over who acted (subject, name, email) needs trigram indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The audit trail: one record per write the console forwarded or refused. Append-only: a record
-- is begun, completed once, and (for async operations) finished once; the trigger below refuses
-- everything else, whoever connects.
CREATE TABLE audit_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  at timestamptz NOT NULL,
  actor jsonb NOT NULL,
  -- Newline-separated so a filter matches within one field, not across two.
  actor_search text GENERATED ALWAYS AS (
    (actor ->> 'subject') || E'\n' || (actor ->> 'name') || E'\n' || COALESCE(actor ->> 'email', '')
  ) STORED,
  operation text NOT NULL,
  operation_label text NOT NULL,
  method text NOT NULL,
  path text NOT NULL,
  targets jsonb NOT NULL DEFAULT '[]',
  request jsonb,
  outcome text NOT NULL CHECK (outcome IN ('pending', 'succeeded', 'failed', 'refused')),
  reason text,
  http_status integer,
  transaction_id text,
  location text,
  operation_id uuid,
  final_result text,
  finished_at timestamptz,
  CHECK ((final_result IS NULL) = (finished_at IS NULL))
);

-- Newest first, with the id as tie-break so paging is stable.
CREATE INDEX audit_records_at ON audit_records (at DESC, id DESC);
CREATE INDEX audit_records_operation ON audit_records (operation, at DESC, id DESC);
CREATE INDEX audit_records_actor ON audit_records USING gin (actor_search gin_trgm_ops);

CREATE FUNCTION audit_records_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
    RAISE EXCEPTION 'audit records are append-only: they cannot be deleted';
  END IF;

  IF (NEW.id, NEW.at, NEW.actor, NEW.operation, NEW.operation_label, NEW.method, NEW.path, NEW.request)
     IS DISTINCT FROM
     (OLD.id, OLD.at, OLD.actor, OLD.operation, OLD.operation_label, OLD.method, OLD.path, OLD.request)
  THEN
    RAISE EXCEPTION 'audit record %: only its completion and its finish can be recorded', OLD.id;
  END IF;

  IF (NEW.outcome, NEW.reason, NEW.http_status, NEW.transaction_id, NEW.location, NEW.operation_id, NEW.targets)
     IS DISTINCT FROM
     (OLD.outcome, OLD.reason, OLD.http_status, OLD.transaction_id, OLD.location, OLD.operation_id, OLD.targets)
  THEN
    IF OLD.outcome <> 'pending' THEN
      RAISE EXCEPTION 'audit record % is already complete (%)', OLD.id, OLD.outcome;
    END IF;
    IF NEW.outcome = 'pending' THEN
      RAISE EXCEPTION 'audit record %: a completion needs a final outcome', OLD.id;
    END IF;
  END IF;

  IF (NEW.final_result, NEW.finished_at) IS DISTINCT FROM (OLD.final_result, OLD.finished_at)
     AND OLD.finished_at IS NOT NULL
  THEN
    RAISE EXCEPTION 'audit record % is already finished', OLD.id;
  END IF;

  RETURN NEW;
END
$$;

CREATE TRIGGER audit_records_append_only_rows
  BEFORE UPDATE OR DELETE ON audit_records
  FOR EACH ROW EXECUTE FUNCTION audit_records_append_only();

CREATE TRIGGER audit_records_append_only_table
  BEFORE TRUNCATE ON audit_records
  FOR EACH STATEMENT EXECUTE FUNCTION audit_records_append_only();

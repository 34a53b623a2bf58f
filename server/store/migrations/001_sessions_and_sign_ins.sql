-- Signed-in people's sessions. The key is the SHA-256 of the cookie's random id, never the id
-- itself, so a copy of this table (a backup, a leak) cannot be replayed as cookies.
CREATE TABLE console_sessions (
  id_hash text PRIMARY KEY,
  actor jsonb NOT NULL,
  -- Kept server-side only, as id_token_hint for the identity provider's end-session.
  id_token text,
  created_at timestamptz NOT NULL,
  idle_expires_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL,
  CHECK (idle_expires_at <= absolute_expires_at)
);

-- removeExpired deletes by whichever lifetime ends first.
CREATE INDEX console_sessions_expiry ON console_sessions (LEAST(idle_expires_at, absolute_expires_at));

-- Authorization requests between the redirect to the identity provider and its callback.
CREATE TABLE pending_sign_ins (
  state text PRIMARY KEY,
  code_verifier text NOT NULL,
  nonce text NOT NULL,
  -- Same-origin only: an absolute URL here would make the callback an open redirect.
  return_to text NOT NULL CHECK (return_to LIKE '/%' AND return_to NOT LIKE '//%'),
  created_at timestamptz NOT NULL
);

-- Abandoned sign-ins are swept by age.
CREATE INDEX pending_sign_ins_created ON pending_sign_ins (created_at);

-- One-time tickets for the IdP's end-session address after a sign-out: it carries the ID token,
-- so the browser gets only the ticket (its SHA-256 is the key) and the address as a redirect.
CREATE TABLE pending_sign_outs (
  ticket_hash text PRIMARY KEY,
  end_session_url text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE INDEX pending_sign_outs_created ON pending_sign_outs (created_at);

-- Invitations (issue 11): a new account's one-time link to set its own password. Only the token's digest is
-- stored; a link expires and works once (used_at is also set when a newer link replaces it).
CREATE TABLE invitation (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  token_digest TEXT NOT NULL UNIQUE,
  created_by INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE INDEX invitation_by_user ON invitation(user_id);

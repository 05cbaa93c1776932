-- Access, privacy and audit (issue 6): roles per förbund, the installation's superusers, login throttling,
-- and the append-only, hash-chained audit log.
UPDATE user_role SET role = 'superuser' WHERE role = 'admin';

CREATE TABLE role_assignment (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  association_id INTEGER NOT NULL REFERENCES association(id),
  role TEXT NOT NULL CHECK (role IN ('administrator', 'ekonom', 'insatsansvarig', 'deltagaransvarig', 'remittent',
                                     'board_member', 'revisor')),
  organisation_member_id INTEGER REFERENCES member(id),
  valid_from TEXT NOT NULL,
  valid_to TEXT
);
CREATE INDEX role_assignment_by_user ON role_assignment(user_id);
CREATE INDEX role_assignment_by_association ON role_assignment(association_id);

CREATE TABLE login_failure (
  scope_key TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX login_failure_by_key ON login_failure(scope_key, at);

CREATE TABLE audit_event (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  username TEXT NOT NULL,
  client_address TEXT NOT NULL,
  association_id INTEGER,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  fields TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_by_association ON audit_event(association_id, id);
CREATE INDEX audit_by_entity ON audit_event(entity, entity_id);
-- The latest hash, written with every event: a removed last event is detected too.
CREATE TABLE audit_head (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  hash TEXT NOT NULL
);
-- Append-only: the application never changes or removes an event.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;

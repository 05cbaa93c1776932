-- Personal-data roles confirmed by the controller's side (issue 11): a new role, controller_contact
-- (dataskyddsansvarig), and who asked for and who confirmed each assignment. deltagaransvarig and
-- controller_contact give access only once confirmed. Assignments made before this rule are marked confirmed by
-- 0 ("before confirmation was required"), so nobody loses access on upgrade; docs/privacy.md asks the
-- controller contacts to review them. SQLite cannot change a CHECK constraint in place: the table is rebuilt.
CREATE TABLE role_assignment_new (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  association_id INTEGER NOT NULL REFERENCES association(id),
  role TEXT NOT NULL CHECK (role IN ('administrator', 'ekonom', 'insatsansvarig', 'deltagaransvarig', 'remittent',
                                     'board_member', 'revisor', 'controller_contact')),
  organisation_member_id INTEGER REFERENCES member(id),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  requested_by INTEGER,
  confirmed_by INTEGER,
  confirmed_at INTEGER
);
INSERT INTO role_assignment_new (id, user_id, association_id, role, organisation_member_id, valid_from, valid_to,
                                 confirmed_by)
  SELECT id, user_id, association_id, role, organisation_member_id, valid_from, valid_to,
         CASE WHEN role = 'deltagaransvarig' THEN 0 END
  FROM role_assignment;
DROP TABLE role_assignment;
ALTER TABLE role_assignment_new RENAME TO role_assignment;
CREATE INDEX role_assignment_by_user ON role_assignment(user_id);
CREATE INDEX role_assignment_by_association ON role_assignment(association_id);

-- Personal-data roles confirmed by the controller's side (issue 11): a new role, controller_contact
-- (dataskyddsansvarig), and who asked for and who confirmed each assignment. deltagaransvarig and
-- controller_contact give access only once confirmed. Assignments made before this rule are marked confirmed by
-- 0 ("before confirmation was required"), so nobody loses access on upgrade; docs/privacy.md asks the
-- controller contacts to review them.
ALTER TABLE role_assignment DROP CONSTRAINT role_assignment_role_check;
ALTER TABLE role_assignment ADD CONSTRAINT role_assignment_role_check
  CHECK (role IN ('administrator', 'ekonom', 'insatsansvarig', 'deltagaransvarig', 'remittent', 'board_member',
                  'revisor', 'controller_contact'));
ALTER TABLE role_assignment ADD COLUMN requested_by BIGINT, ADD COLUMN confirmed_by BIGINT,
  ADD COLUMN confirmed_at BIGINT;
UPDATE role_assignment SET confirmed_by = 0 WHERE role = 'deltagaransvarig';

-- Each insats's controller confirms personal-data access to its participants (issue 11): a deltagaransvarig
-- role is confirmed by its own party's contact (role_assignment.confirmed_by) and, for the insatser another
-- party leads, by that party's contact (one row per party).
CREATE TABLE role_confirmation (
  assignment_id BIGINT NOT NULL REFERENCES role_assignment(id),
  member_id BIGINT NOT NULL REFERENCES member(id),
  confirmed_by BIGINT NOT NULL,
  confirmed_at BIGINT NOT NULL,
  PRIMARY KEY (assignment_id, member_id)
);

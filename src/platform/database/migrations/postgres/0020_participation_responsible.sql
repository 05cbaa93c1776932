-- "Mine" in the caseload (issue 15, item 1): the deltagaransvarig who has taken responsibility for a participant in
-- an insats they work in; none until someone does.
ALTER TABLE participation ADD COLUMN responsible_user_id BIGINT REFERENCES app_user(id);

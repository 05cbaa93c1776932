-- Retention removes an identity for good (issue 11): besides the sealed identity, the keyed hash of the
-- personnummer is replaced by a random value and the birth date is cut to the year. identity_removed marks
-- a person done; those removed before this migration (with their keyed hash left) are due again and the next
-- retention run finishes them.
ALTER TABLE person ADD COLUMN identity_removed BIGINT NOT NULL DEFAULT 0 CHECK (identity_removed IN (0, 1));

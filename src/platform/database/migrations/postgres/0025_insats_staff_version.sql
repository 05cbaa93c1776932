-- The staff of an insats are replaced as a whole list (PUT …/staff). The list has a version of its own, so that
-- two people changing it at once cannot silently undo each other's change: the second is told the list changed
-- (optimistic concurrency, as every other edit). Apart from the insats's own version, so that editing the
-- insats and its staff at once do not refuse each other.
ALTER TABLE insats ADD COLUMN staff_version BIGINT NOT NULL DEFAULT 1;

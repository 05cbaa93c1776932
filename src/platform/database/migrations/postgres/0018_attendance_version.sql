-- Attendance rows are corrected with a reason (issue 15, item 2), with optimistic versions as every other edit.
ALTER TABLE attendance ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

-- Whether an insats is one of the förbund's extensive (intensive) ones, for the member value report.
ALTER TABLE insats ADD COLUMN extensive BIGINT NOT NULL DEFAULT 0;

-- A correction's reason is free text about a person (issue 15, item 2). It was kept in the audit log, which is
-- kept for good and is to hold no personal data (docs/privacy.md): it is now sealed here, beside the
-- participation, and removed with the person's other free texts (retention, erasure, protected identity). The
-- audit event names the row. Reasons already in the audit log stay there: the log's chain cannot be rewritten.
CREATE TABLE participation_correction (
  id INTEGER PRIMARY KEY,
  participation_id INTEGER NOT NULL REFERENCES participation(id),
  corrected_on TEXT NOT NULL,
  sealed_reason TEXT NOT NULL
);
CREATE INDEX participation_correction_by_participation ON participation_correction(participation_id);

-- The history import reads a third kind of sheet: the förbund's own budgets of past years (issue 15, item 6).
-- SQLite cannot change a CHECK constraint, so the table is made again with the kinds it may hold.
CREATE TABLE import_mapping_budgets (
  association_id INTEGER NOT NULL REFERENCES association(id),
  kind TEXT NOT NULL CHECK (kind IN ('participations', 'insatser', 'budgets')),
  field TEXT NOT NULL,
  header TEXT NOT NULL,
  PRIMARY KEY (association_id, kind, field)
);
INSERT INTO import_mapping_budgets (association_id, kind, field, header)
  SELECT association_id, kind, field, header FROM import_mapping;
DROP TABLE import_mapping;
ALTER TABLE import_mapping_budgets RENAME TO import_mapping;

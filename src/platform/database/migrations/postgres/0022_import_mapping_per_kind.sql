-- The history import reads sheets of insatser (with their budget per year) beside sheets of participations
-- (issue 15, item 6): a förbund keeps one column mapping per kind of sheet, and the same field (insats) may
-- name a different column in each.
CREATE TABLE import_mapping_per_kind (
  association_id BIGINT NOT NULL REFERENCES association(id),
  kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('participations', 'insatser')),
  field TEXT COLLATE "C" NOT NULL,
  header TEXT NOT NULL,
  PRIMARY KEY (association_id, kind, field)
);
INSERT INTO import_mapping_per_kind (association_id, kind, field, header)
  SELECT association_id, 'participations', field, header FROM import_mapping;
DROP TABLE import_mapping;
ALTER TABLE import_mapping_per_kind RENAME TO import_mapping;

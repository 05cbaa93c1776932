-- The history import (issue 15, item 6): the column mapping each förbund saved, and the keys of the anonymous
-- participations imported (what the participation holds and its repetition in the file; nothing of the person),
-- so that importing the same rows again changes nothing.
CREATE TABLE import_mapping (
  association_id BIGINT NOT NULL REFERENCES association(id),
  field TEXT COLLATE "C" NOT NULL,
  header TEXT NOT NULL,
  PRIMARY KEY (association_id, field)
);
CREATE TABLE imported_row (
  association_id BIGINT NOT NULL REFERENCES association(id),
  row_key TEXT COLLATE "C" NOT NULL,
  participation_id BIGINT NOT NULL REFERENCES participation(id) ON DELETE CASCADE,
  PRIMARY KEY (association_id, row_key)
);

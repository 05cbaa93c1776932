-- The history import reads a third kind of sheet: the förbund's own budgets of past years (issue 15, item 6).
-- The table was made as import_mapping_per_kind (0022), so its check keeps that name.
ALTER TABLE import_mapping DROP CONSTRAINT import_mapping_per_kind_kind_check;
ALTER TABLE import_mapping ADD CONSTRAINT import_mapping_kind_check
  CHECK (kind IN ('participations', 'insatser', 'budgets'));

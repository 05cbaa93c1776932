-- Each förbund's statistics facts kept in the database at the version they were read at (issue 14: a förbund's
-- first pivot, and the national view, read one row here instead of the joins over its participations). The
-- server's fact keeper writes them (follow_up/fact_keeper.cpp, in follow_up/storage/kept_facts_text.hpp's text).
-- A change to anything the facts are read from counts in statistics_version, and the trigger below deletes the
-- förbund's row in the same transaction: facts are kept only while they are current, so what retention removes
-- does not stay here. Derived, so `samordna copy` does not copy it. Stored uncompressed (EXTERNAL): read whole
-- and often, written seldom.

CREATE TABLE statistics_kept_facts (
  association_id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  facts TEXT NOT NULL
);
ALTER TABLE statistics_kept_facts ALTER COLUMN facts SET STORAGE EXTERNAL;
CREATE FUNCTION statistics_kept_facts_forget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM statistics_kept_facts WHERE association_id = NEW.association_id;
  RETURN NULL;
END $$;
CREATE TRIGGER statistics_version_forgets_kept AFTER INSERT OR UPDATE ON statistics_version
  FOR EACH ROW EXECUTE FUNCTION statistics_kept_facts_forget();

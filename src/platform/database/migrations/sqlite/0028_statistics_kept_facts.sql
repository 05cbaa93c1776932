-- Each förbund's statistics facts kept in the database at the version they were read at (issue 14: a förbund's
-- first pivot, and the national view, read one row here instead of the joins over its participations). The
-- server's fact keeper writes them (follow_up/fact_keeper.cpp, in follow_up/storage/kept_facts_text.hpp's text).
-- A change to anything the facts are read from counts in statistics_version, and the triggers below delete the
-- förbund's row in the same transaction: facts are kept only while they are current, so what retention removes
-- does not stay here. Derived, so `samordna copy` does not copy it.

CREATE TABLE statistics_kept_facts (
  association_id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL,
  facts TEXT NOT NULL
);
CREATE TRIGGER statistics_version_insert_forgets_kept AFTER INSERT ON statistics_version BEGIN
  DELETE FROM statistics_kept_facts WHERE association_id = NEW.association_id;
END;
CREATE TRIGGER statistics_version_update_forgets_kept AFTER UPDATE ON statistics_version BEGIN
  DELETE FROM statistics_kept_facts WHERE association_id = NEW.association_id;
END;

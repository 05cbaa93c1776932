-- The list of a förbund's insatser is answered from memory while it is unchanged, as the list of members is
-- (migration 0030). insatser_version counts every change to what the list is read from (insatser with their
-- parties, kommuner, target groups and budgets: participants/storage/insats_store.cpp), moved by the triggers
-- below in the same transaction as the change, whichever process or server makes it, and told on the channel
-- samordna_change as the other two are. Derived, so `samordna copy` does not copy it.

CREATE TABLE insatser_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version BIGINT NOT NULL
);
INSERT INTO insatser_version (id, version) VALUES (1, 1);
CREATE FUNCTION insatser_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('UPDATE %I.insatser_version SET version = version + 1 WHERE id = 1', TG_TABLE_SCHEMA);
  PERFORM pg_notify('samordna_change', TG_TABLE_SCHEMA);
  RETURN NULL;
END $$;
CREATE TRIGGER insats_insatser AFTER INSERT OR UPDATE OR DELETE ON insats
  FOR EACH STATEMENT EXECUTE FUNCTION insatser_changed();
CREATE TRIGGER insats_party_insatser AFTER INSERT OR UPDATE OR DELETE ON insats_party
  FOR EACH STATEMENT EXECUTE FUNCTION insatser_changed();
CREATE TRIGGER insats_kommun_insatser AFTER INSERT OR UPDATE OR DELETE ON insats_kommun
  FOR EACH STATEMENT EXECUTE FUNCTION insatser_changed();
CREATE TRIGGER insats_target_group_insatser AFTER INSERT OR UPDATE OR DELETE ON insats_target_group
  FOR EACH STATEMENT EXECUTE FUNCTION insatser_changed();
CREATE TRIGGER insats_budget_insatser AFTER INSERT OR UPDATE OR DELETE ON insats_budget
  FOR EACH STATEMENT EXECUTE FUNCTION insatser_changed();

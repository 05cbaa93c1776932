-- The list of a förbund's insatser is answered from memory while it is unchanged, as the list of members is
-- (migration 0030). insatser_version counts every change to what the list is read from (insatser with their
-- parties, kommuner, target groups and budgets: participants/storage/insats_store.cpp), moved by the triggers
-- below in the same transaction as the change, whichever process makes it. Derived, so `samordna copy` does not
-- copy it.

CREATE TABLE insatser_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO insatser_version (id, version) VALUES (1, 1);
CREATE TRIGGER insats_insert_insatser AFTER INSERT ON insats BEGIN
  UPDATE insatser_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER insats_update_insatser AFTER UPDATE ON insats BEGIN
  UPDATE insatser_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER insats_delete_insatser AFTER DELETE ON insats BEGIN
  UPDATE insatser_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER insats_party_insert_insatser AFTER INSERT ON insats_party BEGIN
  UPDATE insatser_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER insats_party_update_insatser AFTER UPDATE ON insats_party BEGIN
  UPDATE insatser_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER insats_party_delete_insatser AFTER DELETE ON insats_party BEGIN
  UPDATE insatser_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER insats_kommun_insert_insatser AFTER INSERT ON insats_kommun BEGIN
  UPDATE insatser_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER insats_kommun_update_insatser AFTER UPDATE ON insats_kommun BEGIN
  UPDATE insatser_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER insats_kommun_delete_insatser AFTER DELETE ON insats_kommun BEGIN
  UPDATE insatser_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER insats_target_group_insert_insatser AFTER INSERT ON insats_target_group BEGIN
  UPDATE insatser_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER insats_target_group_update_insatser AFTER UPDATE ON insats_target_group BEGIN
  UPDATE insatser_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER insats_target_group_delete_insatser AFTER DELETE ON insats_target_group BEGIN
  UPDATE insatser_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER insats_budget_insert_insatser AFTER INSERT ON insats_budget BEGIN
  UPDATE insatser_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER insats_budget_update_insatser AFTER UPDATE ON insats_budget BEGIN
  UPDATE insatser_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER insats_budget_delete_insatser AFTER DELETE ON insats_budget BEGIN
  UPDATE insatser_version SET version = version + 1 WHERE id = 1;
END;

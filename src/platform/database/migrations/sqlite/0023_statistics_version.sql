-- The statistics engine keeps each förbund's facts in memory while they are unchanged (issue 14: pivots
-- close to the speed of the equivalent SQL). statistics_version counts the changes to what the facts and the
-- insatser's budgets are read from (follow_up/storage/statistics_store.cpp): a table joined there gets
-- triggers here. The count is derived, so `samordna copy` does not copy it.

CREATE TABLE statistics_version (
  association_id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL
);
CREATE TRIGGER association_statistics_insert AFTER INSERT ON association BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (NEW.id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER association_statistics_update AFTER UPDATE ON association BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (NEW.id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER association_statistics_delete AFTER DELETE ON association BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (OLD.id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER member_statistics_insert AFTER INSERT ON member BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (NEW.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER member_statistics_update AFTER UPDATE ON member BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (NEW.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER member_statistics_delete AFTER DELETE ON member BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (OLD.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER target_group_statistics_insert AFTER INSERT ON target_group BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (NEW.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER target_group_statistics_update AFTER UPDATE ON target_group BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (NEW.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER target_group_statistics_delete AFTER DELETE ON target_group BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (OLD.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER insats_statistics_insert AFTER INSERT ON insats BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (NEW.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER insats_statistics_update AFTER UPDATE ON insats BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (NEW.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER insats_statistics_delete AFTER DELETE ON insats BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (OLD.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER person_statistics_insert AFTER INSERT ON person BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (NEW.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER person_statistics_update AFTER UPDATE ON person BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (NEW.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER person_statistics_delete AFTER DELETE ON person BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (OLD.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER referral_statistics_insert AFTER INSERT ON referral BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (NEW.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER referral_statistics_update AFTER UPDATE ON referral BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (NEW.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER referral_statistics_delete AFTER DELETE ON referral BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (OLD.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER participation_statistics_insert AFTER INSERT ON participation BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (NEW.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER participation_statistics_update AFTER UPDATE ON participation BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (NEW.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER participation_statistics_delete AFTER DELETE ON participation BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (OLD.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER insats_budget_statistics_insert AFTER INSERT ON insats_budget BEGIN
  INSERT INTO statistics_version (association_id, version)
    SELECT association_id, 1 FROM insats WHERE id = NEW.insats_id
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER insats_budget_statistics_update AFTER UPDATE ON insats_budget BEGIN
  INSERT INTO statistics_version (association_id, version)
    SELECT association_id, 1 FROM insats WHERE id = NEW.insats_id
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER insats_budget_statistics_delete AFTER DELETE ON insats_budget BEGIN
  INSERT INTO statistics_version (association_id, version)
    SELECT association_id, 1 FROM insats WHERE id = OLD.insats_id
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER attendance_statistics_insert AFTER INSERT ON attendance BEGIN
  INSERT INTO statistics_version (association_id, version)
    SELECT association_id, 1 FROM insats WHERE id = NEW.insats_id
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER attendance_statistics_update AFTER UPDATE ON attendance BEGIN
  INSERT INTO statistics_version (association_id, version)
    SELECT association_id, 1 FROM insats WHERE id = NEW.insats_id
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER attendance_statistics_delete AFTER DELETE ON attendance BEGIN
  INSERT INTO statistics_version (association_id, version)
    SELECT association_id, 1 FROM insats WHERE id = OLD.insats_id
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER participation_status_statistics_insert AFTER INSERT ON participation_status BEGIN
  INSERT INTO statistics_version (association_id, version)
    SELECT association_id, 1 FROM participation WHERE id = NEW.participation_id
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER participation_status_statistics_update AFTER UPDATE ON participation_status BEGIN
  INSERT INTO statistics_version (association_id, version)
    SELECT association_id, 1 FROM participation WHERE id = NEW.participation_id
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;
CREATE TRIGGER participation_status_statistics_delete AFTER DELETE ON participation_status BEGIN
  INSERT INTO statistics_version (association_id, version)
    SELECT association_id, 1 FROM participation WHERE id = OLD.participation_id
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;

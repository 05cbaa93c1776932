-- A staff change (PUT …/insatser/{id}/staff) sets only insats.staff_version, which no statistic is read from; it
-- counted as a change to the förbund's facts all the same, so the next pivot read them again. The update trigger
-- now names every other column of insats: a new column of insats must be added here too (the statistics store
-- test sets each column and expects the count to move).
DROP TRIGGER insats_statistics_update;
CREATE TRIGGER insats_statistics_update AFTER UPDATE OF id, association_id, name, description, kind, min_age, max_age,
  referral_required, duration_weeks, lead_member_id, capacity, starts_on, ends_on, version, extensive ON insats BEGIN
  INSERT INTO statistics_version (association_id, version) VALUES (NEW.association_id, 1)
    ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
END;

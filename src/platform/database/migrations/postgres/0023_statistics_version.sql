-- The statistics engine keeps each förbund's facts in memory while they are unchanged (issue 14: pivots
-- close to the speed of the equivalent SQL). statistics_version counts the changes to what the facts and the
-- insatser's budgets are read from (follow_up/storage/statistics_store.cpp): a table joined there gets
-- triggers here. The count is derived, so `samordna copy` does not copy it.
-- A transaction counts once per förbund (a setting local to it remembers), so an import of many rows
-- does not update the same row for each of them.

CREATE TABLE statistics_version (
  association_id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL
);
CREATE FUNCTION statistics_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed RECORD;
  association BIGINT;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  IF TG_ARGV[0] = 'id' THEN association := changed.id;
  ELSIF TG_ARGV[0] = 'association_id' THEN association := changed.association_id;
  ELSIF TG_ARGV[0] = 'participation_id' THEN
    SELECT p.association_id INTO association FROM participation p WHERE p.id = changed.participation_id;
  ELSE
    SELECT i.association_id INTO association FROM insats i WHERE i.id = changed.insats_id;
  END IF;
  IF association IS NOT NULL
     AND current_setting('samordna.statistics_changed_' || association, true) IS DISTINCT FROM 'yes' THEN
    INSERT INTO statistics_version (association_id, version) VALUES (association, 1)
      ON CONFLICT (association_id) DO UPDATE SET version = statistics_version.version + 1;
    PERFORM set_config('samordna.statistics_changed_' || association, 'yes', true);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER association_statistics AFTER INSERT OR UPDATE OR DELETE ON association FOR EACH ROW EXECUTE FUNCTION statistics_changed('id');
CREATE TRIGGER member_statistics AFTER INSERT OR UPDATE OR DELETE ON member FOR EACH ROW EXECUTE FUNCTION statistics_changed('association_id');
CREATE TRIGGER target_group_statistics AFTER INSERT OR UPDATE OR DELETE ON target_group FOR EACH ROW EXECUTE FUNCTION statistics_changed('association_id');
CREATE TRIGGER insats_statistics AFTER INSERT OR UPDATE OR DELETE ON insats FOR EACH ROW EXECUTE FUNCTION statistics_changed('association_id');
CREATE TRIGGER person_statistics AFTER INSERT OR UPDATE OR DELETE ON person FOR EACH ROW EXECUTE FUNCTION statistics_changed('association_id');
CREATE TRIGGER referral_statistics AFTER INSERT OR UPDATE OR DELETE ON referral FOR EACH ROW EXECUTE FUNCTION statistics_changed('association_id');
CREATE TRIGGER participation_statistics AFTER INSERT OR UPDATE OR DELETE ON participation FOR EACH ROW EXECUTE FUNCTION statistics_changed('association_id');
CREATE TRIGGER insats_budget_statistics AFTER INSERT OR UPDATE OR DELETE ON insats_budget FOR EACH ROW EXECUTE FUNCTION statistics_changed('insats_id');
CREATE TRIGGER attendance_statistics AFTER INSERT OR UPDATE OR DELETE ON attendance FOR EACH ROW EXECUTE FUNCTION statistics_changed('insats_id');
CREATE TRIGGER participation_status_statistics AFTER INSERT OR UPDATE OR DELETE ON participation_status FOR EACH ROW EXECUTE FUNCTION statistics_changed('participation_id');

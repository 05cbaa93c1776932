-- Who the caller is (their session, user and roles, role assignments with their confirmations) and which förbund
-- exist are kept in memory by each server between requests (access/principal_cache.hpp), checked against one
-- number: access_version, which the triggers below move in the same transaction as any change to what those are
-- read from, whichever process or server makes it. A session's last use (last_seen_at) is not counted: it is
-- written once a minute per session and changes no one's access; a new session is not counted either (no one
-- holds it yet). Derived, so `samordna copy` does not copy it.

CREATE TABLE access_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version BIGINT NOT NULL
);
INSERT INTO access_version (id, version) VALUES (1, 1);
CREATE FUNCTION access_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END $$;
CREATE TRIGGER session_access AFTER DELETE OR UPDATE OF token_digest, user_id, csrf_token, created_at ON session
  FOR EACH ROW EXECUTE FUNCTION access_changed();
CREATE TRIGGER app_user_access AFTER UPDATE OR DELETE ON app_user FOR EACH ROW EXECUTE FUNCTION access_changed();
CREATE TRIGGER user_role_access AFTER INSERT OR UPDATE OR DELETE ON user_role
  FOR EACH ROW EXECUTE FUNCTION access_changed();
CREATE TRIGGER role_assignment_access AFTER INSERT OR UPDATE OR DELETE ON role_assignment
  FOR EACH ROW EXECUTE FUNCTION access_changed();
CREATE TRIGGER role_confirmation_access AFTER INSERT OR UPDATE OR DELETE ON role_confirmation
  FOR EACH ROW EXECUTE FUNCTION access_changed();
CREATE TRIGGER association_access AFTER INSERT OR DELETE ON association
  FOR EACH ROW EXECUTE FUNCTION access_changed();

-- Who the caller is (their session, user and roles, role assignments with their confirmations) and which förbund
-- exist are kept in memory by each server between requests (access/principal_cache.hpp), checked against one
-- number: access_version, which the triggers below move in the same transaction as any change to what those are
-- read from, whichever process or server makes it. A session's last use (last_seen_at) is not counted: it is
-- written once a minute per session and changes no one's access; a new session is not counted either (no one
-- holds it yet). Derived, so `samordna copy` does not copy it.

CREATE TABLE access_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO access_version (id, version) VALUES (1, 1);
CREATE TRIGGER session_delete_access AFTER DELETE ON session BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER session_update_access AFTER UPDATE OF token_digest, user_id, csrf_token, created_at ON session BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER app_user_update_access AFTER UPDATE ON app_user BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER app_user_delete_access AFTER DELETE ON app_user BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER user_role_insert_access AFTER INSERT ON user_role BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER user_role_update_access AFTER UPDATE ON user_role BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER user_role_delete_access AFTER DELETE ON user_role BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER role_assignment_insert_access AFTER INSERT ON role_assignment BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER role_assignment_update_access AFTER UPDATE ON role_assignment BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER role_assignment_delete_access AFTER DELETE ON role_assignment BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER role_confirmation_insert_access AFTER INSERT ON role_confirmation BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER role_confirmation_update_access AFTER UPDATE ON role_confirmation BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER role_confirmation_delete_access AFTER DELETE ON role_confirmation BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER association_insert_access AFTER INSERT ON association BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER association_delete_access AFTER DELETE ON association BEGIN
  UPDATE access_version SET version = version + 1 WHERE id = 1;
END;

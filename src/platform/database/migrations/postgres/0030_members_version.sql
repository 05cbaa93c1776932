-- The list of a förbund's members is answered from memory while it is unchanged (issue 14: an authenticated read
-- at half of nginx's static file). members_version counts every change to what the list is read from (members
-- and their notices, membership/storage/association_store.cpp), moved by the triggers below in the same
-- transaction as the change, whichever process or server makes it. Derived, so `samordna copy` does not copy it.
--
-- Both counters (this one and access_version, migration 0029) are also told to every server on the channel
-- samordna_change, with the schema as the payload, when the change commits: a server listening there
-- (platform/database/postgres_change_listener.hpp) then knows them without asking for them on each request.
-- Notifications with the same payload in one transaction arrive once. The counter moved, and the schema told, are
-- those of the changed table (TG_TABLE_SCHEMA), not the writer's search path: a script that names the schema of
-- one installation among several in a database moves that installation's counter.

CREATE TABLE members_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version BIGINT NOT NULL
);
INSERT INTO members_version (id, version) VALUES (1, 1);
CREATE FUNCTION members_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('UPDATE %I.members_version SET version = version + 1 WHERE id = 1', TG_TABLE_SCHEMA);
  PERFORM pg_notify('samordna_change', TG_TABLE_SCHEMA);
  RETURN NULL;
END $$;
CREATE TRIGGER member_members AFTER INSERT OR UPDATE OR DELETE ON member
  FOR EACH STATEMENT EXECUTE FUNCTION members_changed();
CREATE TRIGGER member_notice_members AFTER INSERT OR UPDATE OR DELETE ON member_notice
  FOR EACH STATEMENT EXECUTE FUNCTION members_changed();

CREATE OR REPLACE FUNCTION access_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('UPDATE %I.access_version SET version = version + 1 WHERE id = 1', TG_TABLE_SCHEMA);
  PERFORM pg_notify('samordna_change', TG_TABLE_SCHEMA);
  RETURN NULL;
END $$;

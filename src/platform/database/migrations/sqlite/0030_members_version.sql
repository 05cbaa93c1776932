-- The list of a förbund's members is answered from memory while it is unchanged (issue 14: an authenticated read
-- at half of nginx's static file). members_version counts every change to what the list is read from (members
-- and their notices, membership/storage/association_store.cpp), moved by the triggers below in the same
-- transaction as the change, whichever process makes it. Derived, so `samordna copy` does not copy it.

CREATE TABLE members_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO members_version (id, version) VALUES (1, 1);
CREATE TRIGGER member_insert_members AFTER INSERT ON member BEGIN
  UPDATE members_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER member_update_members AFTER UPDATE ON member BEGIN
  UPDATE members_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER member_delete_members AFTER DELETE ON member BEGIN
  UPDATE members_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER member_notice_insert_members AFTER INSERT ON member_notice BEGIN
  UPDATE members_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER member_notice_update_members AFTER UPDATE ON member_notice BEGIN
  UPDATE members_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER member_notice_delete_members AFTER DELETE ON member_notice BEGIN
  UPDATE members_version SET version = version + 1 WHERE id = 1;
END;

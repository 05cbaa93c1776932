-- Facts about the installation itself, such as the fingerprint of the key file that belongs to this database.
CREATE TABLE installation_setting (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

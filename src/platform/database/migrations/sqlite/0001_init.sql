-- Reference data (SCB): län, kommuner, population per kommun and year.
CREATE TABLE region (
  code TEXT PRIMARY KEY CHECK (length(code) = 2),
  name TEXT NOT NULL,
  short_name TEXT NOT NULL
);
CREATE TABLE kommun (
  code TEXT PRIMARY KEY CHECK (length(code) = 4),
  name TEXT NOT NULL,
  official_name TEXT NOT NULL,
  region_code TEXT NOT NULL REFERENCES region(code)
);
CREATE TABLE population (
  kommun_code TEXT NOT NULL REFERENCES kommun(code),
  year INTEGER NOT NULL,
  total INTEGER NOT NULL CHECK (total >= 0),
  age_16_64 INTEGER NOT NULL CHECK (age_16_64 >= 0),
  age_16_64_men INTEGER NOT NULL,
  age_16_64_women INTEGER NOT NULL,
  age_0_15 INTEGER NOT NULL,
  age_65_plus INTEGER NOT NULL,
  age_20_64 INTEGER NOT NULL,
  PRIMARY KEY (kommun_code, year)
);

-- Associations (samordningsförbund) and their members.
CREATE TABLE association (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  org_number TEXT NOT NULL UNIQUE,
  seat TEXT NOT NULL,
  formed_on TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  association_id INTEGER NOT NULL REFERENCES association(id),
  name TEXT NOT NULL,
  party_kind TEXT NOT NULL CHECK (party_kind IN ('fk', 'af', 'region', 'kommun')),
  area_code TEXT,
  joined_on TEXT NOT NULL,
  notice_given_on TEXT,
  left_on TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX member_by_association ON member(association_id);

-- Local accounts and sessions. Passwords are Argon2id hashes; session tokens are stored as digests only.
CREATE TABLE app_user (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE user_role (
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, role)
);
CREATE TABLE session (
  token_digest TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
);
CREATE INDEX session_by_user ON session(user_id);

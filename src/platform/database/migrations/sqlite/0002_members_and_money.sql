-- Members and money (issue 3): notices, versioned charters, budgets with key inputs, payments, equity.
ALTER TABLE association ADD COLUMN equity_limit_bp INTEGER NOT NULL DEFAULT 2000;
ALTER TABLE member DROP COLUMN notice_given_on;
ALTER TABLE member DROP COLUMN left_on;

-- Every notice a member has given; the latest is the one that counts (a revoked one stays as history).
CREATE TABLE member_notice (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES member(id),
  given_on TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  reference TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  revoked_on TEXT,
  revoked_reference TEXT NOT NULL DEFAULT ''
);
CREATE INDEX member_notice_by_member ON member_notice(member_id);

CREATE TABLE charter (
  id INTEGER PRIMARY KEY,
  association_id INTEGER NOT NULL REFERENCES association(id),
  effective_from TEXT NOT NULL,
  notice_years INTEGER NOT NULL CHECK (notice_years BETWEEN 1 AND 3),
  notice_counting TEXT NOT NULL CHECK (notice_counting IN ('calendar_years', 'from_date')),
  split_key TEXT NOT NULL CHECK (split_key IN ('population', 'population_sickness', 'fixed_percent', 'manual')),
  reference_year INTEGER,
  UNIQUE (association_id, effective_from)
);
CREATE TABLE charter_board_seat (
  charter_id INTEGER NOT NULL REFERENCES charter(id),
  member_id INTEGER NOT NULL REFERENCES member(id),
  members INTEGER NOT NULL CHECK (members >= 1),
  deputies INTEGER NOT NULL CHECK (deputies >= 0),
  PRIMARY KEY (charter_id, member_id)
);
CREATE TABLE charter_qualified_matter (
  charter_id INTEGER NOT NULL REFERENCES charter(id),
  position INTEGER NOT NULL,
  matter TEXT NOT NULL,
  PRIMARY KEY (charter_id, position)
);

CREATE TABLE budget (
  association_id INTEGER NOT NULL REFERENCES association(id),
  year INTEGER NOT NULL,
  total_ore INTEGER NOT NULL CHECK (total_ore >= 0),
  version INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (association_id, year)
);
CREATE TABLE budget_key_input (
  association_id INTEGER NOT NULL,
  year INTEGER NOT NULL,
  member_id INTEGER NOT NULL REFERENCES member(id),
  sickness_rate INTEGER,
  percent_bp INTEGER,
  amount_ore INTEGER,
  PRIMARY KEY (association_id, year, member_id),
  FOREIGN KEY (association_id, year) REFERENCES budget(association_id, year)
);
CREATE TABLE contribution_payment (
  association_id INTEGER NOT NULL,
  year INTEGER NOT NULL,
  member_id INTEGER NOT NULL REFERENCES member(id),
  status TEXT NOT NULL CHECK (status IN ('due', 'invoiced', 'paid')),
  invoiced_on TEXT,
  paid_on TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (association_id, year, member_id),
  FOREIGN KEY (association_id, year) REFERENCES budget(association_id, year)
);
CREATE TABLE equity_year (
  association_id INTEGER NOT NULL REFERENCES association(id),
  year INTEGER NOT NULL,
  opening_ore INTEGER,
  received_ore INTEGER NOT NULL,
  costs_ore INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (association_id, year)
);

-- Insatser, referrals, queues and participants (issue 4). Personal data is pseudonymised: persons are
-- identified by a keyed hash of the personnummer; identity and free texts are sealed (encrypted) with a key
-- kept outside the database.
CREATE TABLE target_group (
  id INTEGER PRIMARY KEY,
  association_id INTEGER NOT NULL REFERENCES association(id),
  name TEXT NOT NULL,
  UNIQUE (association_id, name)
);

CREATE TABLE insats (
  id INTEGER PRIMARY KEY,
  association_id INTEGER NOT NULL REFERENCES association(id),
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('individual', 'structural')),
  min_age INTEGER NOT NULL,
  max_age INTEGER NOT NULL,
  referral_required INTEGER NOT NULL,
  duration_weeks INTEGER,
  lead_member_id INTEGER NOT NULL REFERENCES member(id),
  capacity INTEGER NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX insats_by_association ON insats(association_id);
CREATE TABLE insats_party (
  insats_id INTEGER NOT NULL REFERENCES insats(id),
  member_id INTEGER NOT NULL REFERENCES member(id),
  PRIMARY KEY (insats_id, member_id)
);
CREATE TABLE insats_kommun (
  insats_id INTEGER NOT NULL REFERENCES insats(id),
  kommun_code TEXT NOT NULL,
  PRIMARY KEY (insats_id, kommun_code)
);
CREATE TABLE insats_target_group (
  insats_id INTEGER NOT NULL REFERENCES insats(id),
  target_group_id INTEGER NOT NULL REFERENCES target_group(id),
  PRIMARY KEY (insats_id, target_group_id)
);
CREATE TABLE insats_budget (
  insats_id INTEGER NOT NULL REFERENCES insats(id),
  year INTEGER NOT NULL,
  amount_ore INTEGER NOT NULL CHECK (amount_ore >= 0),
  PRIMARY KEY (insats_id, year)
);
CREATE TABLE insats_staff (
  insats_id INTEGER NOT NULL REFERENCES insats(id),
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  PRIMARY KEY (insats_id, user_id)
);
CREATE INDEX insats_staff_by_user ON insats_staff(user_id);
CREATE TABLE attendance (
  id INTEGER PRIMARY KEY,
  insats_id INTEGER NOT NULL REFERENCES insats(id),
  on_date TEXT NOT NULL,
  women INTEGER NOT NULL CHECK (women >= 0),
  men INTEGER NOT NULL CHECK (men >= 0),
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attendance_by_insats ON attendance(insats_id, on_date);

CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  association_id INTEGER NOT NULL REFERENCES association(id),
  person_key TEXT NOT NULL,
  gender TEXT NOT NULL CHECK (gender IN ('woman', 'man')),
  birth_year INTEGER NOT NULL,
  kommun_code TEXT NOT NULL,
  masked TEXT NOT NULL,
  sealed_identity TEXT,
  UNIQUE (association_id, person_key)
);

CREATE TABLE referral (
  id INTEGER PRIMARY KEY,
  association_id INTEGER NOT NULL REFERENCES association(id),
  insats_id INTEGER NOT NULL REFERENCES insats(id),
  person_id INTEGER REFERENCES person(id),
  referring_member_id INTEGER NOT NULL REFERENCES member(id),
  referrer_user_id INTEGER NOT NULL,
  referred_on TEXT NOT NULL,
  target_group_id INTEGER NOT NULL REFERENCES target_group(id),
  priority INTEGER NOT NULL DEFAULT 0,
  state TEXT NOT NULL CHECK (state IN ('received', 'queued', 'started', 'returned', 'withdrawn')),
  return_reason TEXT,
  eligibility_problems TEXT NOT NULL DEFAULT '',
  eligibility_overridden INTEGER NOT NULL DEFAULT 0,
  decided_on TEXT,
  sealed_reason TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referral_by_insats ON referral(insats_id, state);
CREATE INDEX referral_by_person ON referral(person_id);
CREATE INDEX referral_by_referrer ON referral(referrer_user_id);
CREATE TABLE referral_event (
  id INTEGER PRIMARY KEY,
  referral_id INTEGER NOT NULL REFERENCES referral(id),
  at INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  reason TEXT
);
CREATE INDEX referral_event_by_referral ON referral_event(referral_id);

CREATE TABLE participation (
  id INTEGER PRIMARY KEY,
  association_id INTEGER NOT NULL REFERENCES association(id),
  insats_id INTEGER NOT NULL REFERENCES insats(id),
  person_id INTEGER REFERENCES person(id),
  referral_id INTEGER REFERENCES referral(id),
  gender TEXT NOT NULL CHECK (gender IN ('woman', 'man')),
  start_year INTEGER NOT NULL,
  started_on TEXT NOT NULL,
  ended_on TEXT,
  exit_reason TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX participation_by_insats ON participation(insats_id, started_on);
CREATE INDEX participation_by_person ON participation(person_id);
-- Follow-up data at start and end (only with consent): support sources as a comma list.
CREATE TABLE participation_status (
  participation_id INTEGER NOT NULL REFERENCES participation(id),
  phase TEXT NOT NULL CHECK (phase IN ('start', 'end')),
  support TEXT NOT NULL,
  months_on_support INTEGER,
  education TEXT NOT NULL,
  occupation TEXT NOT NULL,
  extent_percent INTEGER NOT NULL CHECK (extent_percent BETWEEN 0 AND 100),
  PRIMARY KEY (participation_id, phase)
);
CREATE TABLE consent (
  id INTEGER PRIMARY KEY,
  participation_id INTEGER NOT NULL REFERENCES participation(id),
  purpose TEXT NOT NULL CHECK (purpose IN ('follow_up', 'information_exchange')),
  party_member_id INTEGER REFERENCES member(id),
  given_on TEXT NOT NULL,
  form_reference TEXT NOT NULL,
  withdrawn_on TEXT
);
CREATE INDEX consent_by_participation ON consent(participation_id);

CREATE TABLE joint_plan (
  id INTEGER PRIMARY KEY,
  association_id INTEGER NOT NULL REFERENCES association(id),
  person_id INTEGER NOT NULL UNIQUE REFERENCES person(id),
  sealed_needs TEXT NOT NULL,
  sealed_own_goals TEXT NOT NULL,
  sealed_professional_goals TEXT NOT NULL,
  overall_member_id INTEGER NOT NULL REFERENCES member(id),
  next_follow_up_on TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE joint_plan_action (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES joint_plan(id),
  position INTEGER NOT NULL,
  sealed_description TEXT NOT NULL,
  responsible_member_id INTEGER NOT NULL REFERENCES member(id),
  due_on TEXT,
  done_on TEXT
);
CREATE INDEX joint_plan_action_by_plan ON joint_plan_action(plan_id);

-- A referral returned for "Annat skäl" carries a short explanation (issue 15, item 7): free text about a person,
-- so sealed as the referral's reason is, and removed with it (retention, protected identity, erasure).
ALTER TABLE referral ADD COLUMN sealed_return_note TEXT NOT NULL DEFAULT '';

-- Restriction of processing (GDPR art. 18, issue 11): a restricted person's data stays stored, but no new
-- referral, participation or plan is recorded for them until the controller lifts the restriction.
ALTER TABLE person ADD COLUMN restricted BIGINT NOT NULL DEFAULT 0;

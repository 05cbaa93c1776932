-- Retention (gallring): years an identity is kept after a person's last participation or referral.
ALTER TABLE association ADD COLUMN retention_years BIGINT NOT NULL DEFAULT 2 CHECK (retention_years BETWEEN 1 AND 10);

-- Disclosure control (issue 11): the least number of people a published figure may be about, per förbund.
-- A request may raise it, never lower it.
ALTER TABLE association ADD COLUMN disclosure_threshold BIGINT NOT NULL DEFAULT 5
  CHECK (disclosure_threshold BETWEEN 3 AND 100);

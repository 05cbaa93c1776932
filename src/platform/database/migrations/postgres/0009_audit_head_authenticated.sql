-- The head authenticates the number of events and the last hash with the audit key (mac), so that removing the
-- newest events and pointing the head at an earlier one, or emptying both tables, is noticed. Heads written
-- before this migration have no mac; the first start of serve after it authenticates them once.
ALTER TABLE audit_head ADD COLUMN event_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE audit_head ADD COLUMN mac TEXT NOT NULL DEFAULT '';

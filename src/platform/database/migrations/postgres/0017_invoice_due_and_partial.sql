-- Invoices (issue 15, item 4): a due date (förfallodag; invoices already sent fall due 30 days after) and what
-- has been received so far, for partial payments. A paid contribution is paid in full whatever paid_ore says.
ALTER TABLE contribution_payment ADD COLUMN due_on TEXT;
ALTER TABLE contribution_payment ADD COLUMN paid_ore BIGINT NOT NULL DEFAULT 0;
UPDATE contribution_payment SET due_on = to_char(invoiced_on::date + 30, 'YYYY-MM-DD') WHERE invoiced_on IS NOT NULL;

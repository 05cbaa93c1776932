-- Invoices (issue 15, item 4): a due date (förfallodag; invoices already sent fall due 30 days after) and what
-- has been received so far, for partial payments. A paid contribution is paid in full whatever paid_ore says.
ALTER TABLE contribution_payment ADD COLUMN due_on TEXT;
ALTER TABLE contribution_payment ADD COLUMN paid_ore INTEGER NOT NULL DEFAULT 0;
UPDATE contribution_payment SET due_on = date(invoiced_on, '+30 days') WHERE invoiced_on IS NOT NULL;

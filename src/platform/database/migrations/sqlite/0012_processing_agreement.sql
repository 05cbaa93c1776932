-- Processing agreements (personuppgiftsbiträdesavtal) between the förbund and the members it processes
-- participants' personal data for (issue 11). A person can be registered in an insats only while its lead
-- party has one in force.
CREATE TABLE processing_agreement (
  id INTEGER PRIMARY KEY,
  association_id INTEGER NOT NULL REFERENCES association(id),
  member_id INTEGER NOT NULL REFERENCES member(id),
  signed_on TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  document_reference TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX processing_agreement_by_association ON processing_agreement(association_id, member_id);

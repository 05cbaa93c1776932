-- Statistics read a förbund's participations and referrals at once: index them by förbund.
CREATE INDEX participation_by_association ON participation(association_id);
CREATE INDEX referral_by_association ON referral(association_id);
CREATE INDEX person_by_association ON person(association_id);

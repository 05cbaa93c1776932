/** English texts for the field error codes of docs/money-api.md (keys as in errors.sv.ts). */
import type { membershipIssuesSv, moneyErrorsSv, moneyProblemsSv } from './errors.sv';

export const moneyErrorsEn: typeof moneyErrorsSv = {
  'partyKind.duplicate_party': 'The association already has a member of that kind. The Social Insurance Agency and the Public Employment Service can be members only once.',
  'partyKind.cannot_give_notice': 'The Social Insurance Agency and the Public Employment Service cannot give notice.',
  'code.unknown': 'The code is not in the reference data. Enter a county code (2 digits) for a region or a municipality code (4 digits) for a municipality.',
  'code.duplicate': 'There is already a member with that code.',
  'joinedOn.before_formed': 'The joining date cannot be before the association was formed.',
  'givenOn.before_joined': 'The notice cannot be before the member joined.',
  'notice.already_given': 'The member has already given notice.',
  'notice.none': 'The member has no notice to revoke.',
  'memberId.unknown': 'Choose a party that is a member of the association.',
  'validTo.before_from': 'The last day of validity cannot be before the first.',
  'signedOn.after_from': 'The agreement must be signed no later than the day it starts to apply.',
  'signedOn.future': 'The signing date cannot be in the future.',
  'charter.missing': 'No charter is in force at that time.',
  'revokedOn.before_notice': 'The revocation cannot be before the notice.',
  'revokedOn.after_end': 'The revocation cannot be after the membership has ended.',
  'noticeOn.before_joined': 'The date cannot be before the member joined.',
  'effectiveFrom.duplicate': 'There is already a charter in force from that date.',
  'notice.years.out_of_range': 'The notice period must be 1, 2 or 3 years.',
  'boardSeats.unknown_member': 'The board seats name a member that is not in the association.',
  'boardSeats.invalid': 'The board seats are not valid.',
  'members.missing_fk': 'The Social Insurance Agency is not a member that year.',
  'members.missing_region': 'No region is a member that year.',
  'members.missing_kommun': 'No municipality is a member that year.',
  'keyInputs.*.percentBp.required': 'Enter the percentage for every member.',
  'keyInputs.shares_not_100': 'The percentages must add up to 100 %.',
  'keyInputs.amounts_not_quarter': "The amounts must add up to the municipalities' quarter of the budget.",
  'keyInputs.*.member_not_in_year': 'The member is not a member that year.',
  'keyInputs.*.sicknessRate.required': 'Enter the sickness rate for every municipality.',
  'keyInputs.*.sicknessRate.invalid': 'The sickness rate must be a number with at most two decimals, for example 27.3.',
  'population.*.missing': 'The population for the reference year is missing.',
  'paidOn.before_invoiced': 'The payment date cannot be before the invoice date.',
  'paidOn.future': 'The payment date cannot be in the future: record the payment once the money has arrived.',
  'baseOre.too_large': 'The base amount times the number of associations is larger than the state pot.',
  'associations.empty': 'Add at least one association.',
  'maxDecreaseBp.out_of_range': 'The maximum decrease must be between 0 and 100 %.',
  'supportWeightBp.out_of_range': 'The weight must be between 0 and 100 %.',
};

export const moneyProblemsEn: typeof moneyProblemsSv = {
  version_conflict: 'Someone else changed this in the meantime. We have loaded the current data – please make your change again.',
  org_number_taken: 'There is already an association with that organisation number.',
};

export const membershipIssuesEn: typeof membershipIssuesSv = {
  missing_fk: 'The Social Insurance Agency is not a member.',
  missing_af: 'The Public Employment Service is not a member.',
  missing_region: 'No region is a member.',
  missing_kommun: 'No municipality is a member.',
};

import type { accessErrorsSv, accessProblemsSv } from './errors.sv';

export const accessErrorsEn: typeof accessErrorsSv = {
  'username.required': 'Enter a username.',
  'username.invalid': 'The username must have 2–64 characters: the letters a–z, digits, full stop, underscore or hyphen.',
  'username.taken': 'That username is already taken.',
  'displayName.required': 'Enter the name that is shown.',
  'password.required': 'Enter a password.',
  'password.too_short': 'The password must have at least 12 characters.',
  'password.too_long': 'The password is too long.',
  'passwordRepeat.required': 'Repeat the new password.',
  'passwordRepeat.mismatch': 'The passwords do not match.',
  'currentPassword.required': 'Enter your current password.',
  'currentPassword.wrong': 'The current password is wrong.',
  'role.invalid': 'Choose a role from the list.',
  'role.separation_of_duties': 'An administrator cannot also be participant officer in the same association.',
  'role.duplicate': 'The user already has that role for the same period.',
  'validFrom.invalid': 'Write the start date as YYYY-MM-DD.',
  'validTo.invalid': 'Write the end date as YYYY-MM-DD.',
  'validTo.before_from': 'The end date cannot be before the start date.',
  'user.self': 'You cannot disable your own account.',
  'organisationMemberId.required': 'Choose the party the role is for. Its data protection contact confirms it.',
  'assignment.not_needed': 'The role needs no confirmation.',
  'assignment.already_confirmed': 'The role is already confirmed.',
  'userId.self': 'You cannot give yourself a role. Ask another administrator.',
  'from.invalid': 'Write the from date as YYYY-MM-DD.',
  'to.invalid': 'Write the to date as YYYY-MM-DD.',
  'to.before_from': 'The to date cannot be before the from date.',
  'page.invalid': 'The page number is not valid.',
};

export const accessProblemsEn: typeof accessProblemsSv = {
  user_in_other_association: 'The user has roles in another association and cannot be changed from here.',
  own_assignment: 'You cannot confirm your own role.',
  requested_by_you: 'You asked for the role yourself and so cannot confirm it.',
  not_controller_contact: 'Only the party’s data protection contact can confirm the role.',
  superuser: 'The installation’s superusers cannot be given roles in an association.',
};

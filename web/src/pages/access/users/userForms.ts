/** Client-side checks of the user forms; they mirror the server's 422 codes (docs/access-api.md). */
import { CONFIRMED_ROLES, ROLES, type NewAssignment, type NewUser } from '../../../api/accessTypes';
import type { FieldError } from '../../../api/types';
import { Checker, optionalText } from '../../../forms/validate';

export const MIN_PASSWORD_LENGTH = 12;
const USERNAME = /^[A-Za-z0-9._-]{2,64}$/;

export interface AssignmentInput {
  role: string;
  validFrom: string;
  validTo: string;
  /** The party (member) the role is for; required for roles the controller's side confirms. */
  organisationMemberId: string;
}

export interface NewUserInput extends AssignmentInput {
  username: string;
  displayName: string;
}

/** Role and validity dates (empty dates are left to the server: from today, until further notice). */
function checkRoleAndDates(
  check: Checker,
  input: AssignmentInput,
): Pick<NewAssignment, 'role' | 'validFrom' | 'validTo' | 'organisationMemberId'> {
  if (!(ROLES as readonly string[]).includes(input.role)) check.add('role', 'invalid');
  const party = input.organisationMemberId === '' ? null : Number(input.organisationMemberId);
  if (party === null && CONFIRMED_ROLES.has(input.role)) check.add('organisationMemberId', 'required');
  check.date('validFrom', input.validFrom, false).date('validTo', input.validTo, false);
  const from = optionalText(input.validFrom);
  const to = optionalText(input.validTo);
  if (from && to && !check.errors.some((e) => e.field.startsWith('valid')) && to < from) check.add('validTo', 'before_from');
  return {
    role: input.role,
    ...(from ? { validFrom: from } : {}),
    ...(to ? { validTo: to } : {}),
    ...(party !== null ? { organisationMemberId: party } : {}),
  };
}

/** A new password: required and at least 12 characters. */
export function checkPassword(check: Checker, field: string, password: string): void {
  if (password === '') check.add(field, 'required');
  else if (password.length < MIN_PASSWORD_LENGTH) check.add(field, 'too_short');
}

export function checkNewUser(input: NewUserInput): { errors: FieldError[]; body: NewUser } {
  const check = new Checker();
  const username = input.username.trim();
  if (username === '') check.add('username', 'required');
  else if (!USERNAME.test(username)) check.add('username', 'invalid');
  check.text('displayName', input.displayName);
  const assignment = checkRoleAndDates(check, input);
  return {
    errors: check.errors,
    body: { username, displayName: input.displayName.trim(), ...assignment },
  };
}

export function checkAssignment(userId: number, input: AssignmentInput): { errors: FieldError[]; body: NewAssignment } {
  const check = new Checker();
  const assignment = checkRoleAndDates(check, input);
  return { errors: check.errors, body: { userId, ...assignment } };
}

/** The change-password form's client-side checks. */
import type { FieldError } from '../../../api/types';
import { Checker } from '../../../forms/validate';
import { checkPassword } from '../users/userForms';

export interface PasswordInput {
  currentPassword: string;
  password: string;
  passwordRepeat: string;
}

export function checkPasswordChange(input: PasswordInput): FieldError[] {
  const check = new Checker();
  if (input.currentPassword === '') check.add('currentPassword', 'required');
  checkRepeated(check, input);
  return check.errors;
}

/** A first password (through an invitation): the new one twice. */
export function checkNewPassword(input: Omit<PasswordInput, 'currentPassword'>): FieldError[] {
  const check = new Checker();
  checkRepeated(check, input);
  return check.errors;
}

function checkRepeated(check: Checker, input: Omit<PasswordInput, 'currentPassword'>): void {
  checkPassword(check, 'password', input.password);
  if (input.passwordRepeat === '') check.add('passwordRepeat', 'required');
  else if (input.password !== '' && input.passwordRepeat !== input.password) check.add('passwordRepeat', 'mismatch');
}

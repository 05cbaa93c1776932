/** Client-side checks of the login form, mirroring the server's 422 field codes. */
import type { FieldError } from '../api/types';

export const LOGIN_FIELDS = ['username', 'password'] as const;
export type LoginField = (typeof LOGIN_FIELDS)[number];

export const MAX_USERNAME = 100;
export const MAX_PASSWORD = 1024;

export function validateLogin(username: string, password: string): FieldError[] {
  const errors: FieldError[] = [];
  if (username.trim() === '') errors.push({ field: 'username', code: 'required' });
  else if (username.length > MAX_USERNAME) errors.push({ field: 'username', code: 'too_long' });
  if (password === '') errors.push({ field: 'password', code: 'required' });
  else if (password.length > MAX_PASSWORD) errors.push({ field: 'password', code: 'too_long' });
  return errors;
}

export function isLoginField(field: string): field is LoginField {
  return (LOGIN_FIELDS as readonly string[]).includes(field);
}

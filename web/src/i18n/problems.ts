/** Translates API error codes (never the server's English title) into UI text. */
import type { Dictionary } from './sv';

type ErrorCode = keyof Dictionary['errors'];
type FieldErrorCode = Exclude<keyof Dictionary['fieldErrors'], 'generic'>;

export function errorMessage(t: Dictionary, code: string): string {
  return Object.hasOwn(t.errors, code) ? t.errors[code as ErrorCode] : t.errors.generic;
}

/** `field` is the field's name as used inside a sentence (e.g. "användarnamn"). */
export function fieldErrorMessage(t: Dictionary, code: string, field: string): string {
  const format = Object.hasOwn(t.fieldErrors, code) ? t.fieldErrors[code as FieldErrorCode] : t.fieldErrors.generic;
  return format(field);
}

/** Translates the API's 422 field errors (docs/money-api.md, access-api.md, participants-api.md) into the UI language. */
import type { Dictionary } from '../i18n/sv';
import { errorMessage } from '../i18n/problems';
import type { FieldError } from '../api/types';

/** `keyInputs.12.percentBp` → `keyInputs.*.percentBp`; `population.1481` → `population.*`. */
export function normalizeField(field: string): string {
  return field
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? '*' : part))
    .join('.');
}

type GenericCode = Exclude<keyof Dictionary['fieldErrors'], 'generic'>;

/** The text for a field error, or null when neither a specific nor a generic text exists. */
export function knownFieldError(t: Dictionary, field: string, code: string, noun: string): string | null {
  const key = `${normalizeField(field)}.${code}`;
  if (Object.hasOwn(t.moneyErrors, key)) return t.moneyErrors[key as keyof Dictionary['moneyErrors']];
  if (Object.hasOwn(t.accessErrors, key)) return t.accessErrors[key as keyof Dictionary['accessErrors']];
  if (Object.hasOwn(t.participantErrors, key)) return t.participantErrors[key] ?? null;
  if (Object.hasOwn(t.followUpErrors, key)) return t.followUpErrors[key] ?? null;
  if (Object.hasOwn(t.fieldErrors, code) && code !== 'generic') return t.fieldErrors[code as GenericCode](noun);
  return null;
}

export function fieldError(t: Dictionary, field: string, code: string, noun: string): string {
  return knownFieldError(t, field, code, noun) ?? t.fieldErrors.generic(noun);
}

/** Where a field's error is shown: the input's id and the noun used inside sentences. */
export interface FieldTarget {
  id: string;
  noun: string;
}

export interface DescribedError {
  field: string;
  id: string;
  message: string;
}

/**
 * Each error with the input it belongs to (unknown fields point at `fallbackId`) and its text.
 * `target` receives the field as the server sent it.
 */
export function describeErrors(
  t: Dictionary,
  errors: FieldError[],
  target: (field: string) => FieldTarget | null,
  fallbackId: string,
): DescribedError[] {
  return errors.map((e) => {
    const where = target(e.field);
    return {
      field: e.field,
      id: where?.id ?? fallbackId,
      message: fieldError(t, e.field, e.code, where?.noun ?? e.field),
    };
  });
}

/** A failure of a whole request (no field): its text. */
export function problemText(t: Dictionary, code: string): string {
  return errorMessage(t, code);
}

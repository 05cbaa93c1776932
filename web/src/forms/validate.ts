/** Client-side checks shared by the money forms; they mirror the server's 422 codes. */
import type { FieldError } from '../api/types';
import type { ParseResult } from './parse';

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Collects field errors: `text`, `date` and `parsed` push one when the value is wrong. */
export class Checker {
  readonly errors: FieldError[] = [];

  text(field: string, value: string): this {
    if (value.trim() === '') this.errors.push({ field, code: 'required' });
    return this;
  }

  date(field: string, value: string, required = true): this {
    const v = value.trim();
    if (v === '') {
      if (required) this.errors.push({ field, code: 'required' });
    } else if (!isIsoDate(v)) this.errors.push({ field, code: 'invalid' });
    return this;
  }

  /** Adds the parse failure, returns the value or null. */
  parsed(field: string, result: ParseResult): number | null {
    if (result.ok) return result.value;
    this.errors.push({ field, code: result.code });
    return null;
  }

  add(field: string, code: string): this {
    this.errors.push({ field, code });
    return this;
  }
}

/** "" → null, otherwise the trimmed text. */
export function optionalText(value: string): string | null {
  const v = value.trim();
  return v === '' ? null : v;
}

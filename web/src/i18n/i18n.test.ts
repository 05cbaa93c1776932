import { describe, expect, it } from 'vitest';
import { en } from './en';
import { sv } from './sv';
import { errorMessage, fieldErrorMessage } from './problems';

/** Every leaf path with its kind, e.g. "login.title:string". */
function shape(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [`${prefix}:array`];
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, v]) => shape(v, prefix ? `${prefix}.${key}` : key));
  }
  return [`${prefix}:${typeof value}`];
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (x: unknown) => unknown)(1)), String((value as (x: unknown) => unknown)(2))];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

const API_CODES = [
  'malformed_json',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  'database_busy',
  'imports_busy',
  'server_stopping',
  'server_busy',
  'invalid_credentials',
  'unauthenticated',
  'session_expired',
  'csrf_invalid',
  'forbidden',
  'too_many_attempts',
  'validation_failed',
  'internal_error',
];

describe('dictionaries', () => {
  it('English has exactly the Swedish keys, with the same kinds', () => {
    expect(shape(en)).toEqual(shape(sv));
  });

  it('have no empty strings', () => {
    for (const dict of [sv, en]) {
      for (const text of strings(dict)) expect(text.trim()).not.toBe('');
    }
  });

  it('have the same number of accessibility gaps', () => {
    expect(en.a11y.gaps).toHaveLength(sv.a11y.gaps.length);
  });

  it('translate every API error code in both languages', () => {
    for (const dict of [sv, en]) {
      for (const code of API_CODES) {
        expect(errorMessage(dict, code)).not.toBe(dict.errors.generic);
      }
    }
  });

  it('fall back to a generic message for unknown codes', () => {
    expect(errorMessage(sv, 'no_such_code')).toBe(sv.errors.generic);
    expect(errorMessage(en, 'toString')).toBe(en.errors.generic);
    expect(fieldErrorMessage(sv, 'weird', 'användarnamn')).toBe('Kontrollera fältet användarnamn.');
  });

  it('translate field error codes', () => {
    expect(fieldErrorMessage(sv, 'required', 'användarnamn')).toBe('Ange användarnamn.');
    expect(fieldErrorMessage(en, 'required', 'your password')).toBe('Enter your password.');
    expect(fieldErrorMessage(sv, 'too_long', 'lösenord')).toContain('för långt');
    expect(fieldErrorMessage(en, 'invalid', 'your username')).toContain('not valid');
  });

  it('name party kinds and member statuses as the domain does', () => {
    expect(sv.partyKinds).toEqual({ fk: 'Försäkringskassan', af: 'Arbetsförmedlingen', region: 'Region', kommun: 'Kommun' });
    expect(sv.memberStatus).toEqual({ active: 'Aktiv', notice_given: 'Uppsagd', left: 'Utträdd' });
    expect(en.partyKinds.af).toBe('Public Employment Service');
  });

  it('name the payment statuses as steps (due → invoiced → paid): due is "not invoiced", never overdue', () => {
    expect(sv.contributions.paymentStatus).toEqual({ due: 'Ej fakturerad', invoiced: 'Fakturerad', paid: 'Betald' });
    expect(en.contributions.paymentStatus.due).toBe('Not invoiced');
    for (const dict of [sv, en]) expect(strings(dict.contributions.paymentStatus).join('\n')).not.toMatch(/Förfallen|Overdue/i);
    // Overdue is an invoice past its due date, a mark of its own beside the status.
    expect(sv.contributions.overdue).toBe('Förfallen');
    expect(en.contributions.overdue).toBe('Overdue');
  });

  it('count members with no-break space grouping', () => {
    expect(sv.start.memberCount(1)).toBe('1 medlem');
    expect(sv.start.memberCount(8)).toBe('8 medlemmar');
    expect(en.start.memberCount(1200)).toBe('1\u00a0200 members');
  });
});

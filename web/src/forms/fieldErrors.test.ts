import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { errorMessage } from '../i18n/problems';
import { sv } from '../i18n/sv';
import { describeErrors, fieldError, knownFieldError, normalizeField } from './fieldErrors';

/** Every [field, code] of the 422 answers in docs/money-api.md (ids written as 7). */
const CONTRACT_FIELD_ERRORS: [string, string][] = [
  ['name', 'required'], ['orgNumber', 'required'], ['orgNumber', 'invalid'], ['seat', 'required'],
  ['formedOn', 'required'], ['formedOn', 'invalid'],
  ['partyKind', 'invalid'], ['partyKind', 'duplicate_party'], ['code', 'required'], ['code', 'invalid'],
  ['code', 'unknown'], ['code', 'duplicate'], ['joinedOn', 'required'], ['joinedOn', 'invalid'],
  ['joinedOn', 'before_formed'],
  ['partyKind', 'cannot_give_notice'], ['givenOn', 'required'], ['givenOn', 'invalid'], ['givenOn', 'before_joined'],
  ['notice', 'already_given'], ['charter', 'missing'], ['decidedBy', 'required'],
  ['notice', 'none'], ['revokedOn', 'required'], ['revokedOn', 'invalid'], ['revokedOn', 'before_notice'],
  ['revokedOn', 'after_end'],
  ['noticeOn', 'invalid'], ['noticeOn', 'before_joined'],
  ['effectiveFrom', 'required'], ['effectiveFrom', 'invalid'], ['effectiveFrom', 'duplicate'],
  ['notice.years', 'required'], ['notice.years', 'out_of_range'], ['notice.counting', 'invalid'],
  ['splitKey.kind', 'invalid'], ['splitKey.referenceYear', 'required'], ['splitKey.referenceYear', 'invalid'],
  ['boardSeats', 'unknown_member'], ['boardSeats', 'invalid'],
  ['totalOre', 'required'], ['totalOre', 'negative'], ['members', 'missing_fk'], ['members', 'missing_region'],
  ['members', 'missing_kommun'], ['keyInputs.7.percentBp', 'required'], ['keyInputs', 'shares_not_100'],
  ['keyInputs', 'amounts_not_quarter'], ['keyInputs.7', 'member_not_in_year'], ['population.1481', 'missing'],
  ['keyInputs.7.sicknessRate', 'required'], ['keyInputs.7.sicknessRate', 'invalid'],
  ['status', 'invalid'], ['invoicedOn', 'required'], ['invoicedOn', 'invalid'], ['paidOn', 'required'],
  ['paidOn', 'invalid'], ['paidOn', 'before_invoiced'], ['paidOn', 'future'], ['dueOn', 'before_invoiced'],
  ['paidOre', 'negative'], ['paidOre', 'not_below_amount'], ['paidOre', 'not_amount'], ['reopenReason', 'required'], ['paidOre', 'not_allowed'],
  ['receivedOre', 'required'], ['receivedOre', 'negative'], ['costsOre', 'required'], ['costsOre', 'negative'],
  ['openingOre', 'required'],
  ['potOre', 'negative'], ['baseOre', 'too_large'], ['supportWeightBp', 'out_of_range'], ['associations', 'empty'],
  ['associations.3.supportMeasure', 'negative'], ['associations.3.population', 'negative'],
  ['maxDecreaseBp', 'out_of_range'],
];

const PROBLEM_CODES = ['version_conflict', 'org_number_taken', 'year_closed'];
const MEMBERSHIP_ISSUES = ['missing_fk', 'missing_af', 'missing_region', 'missing_kommun'] as const;

describe('money API error codes', () => {
  it('are all listed here (every snake_case code of the contract)', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../../docs/money-api.md'), 'utf8');
    const ours = new Set([...CONTRACT_FIELD_ERRORS.map(([, c]) => c), ...PROBLEM_CODES, ...MEMBERSHIP_ISSUES]);
    const notCodes = new Set(['calendar_years', 'from_date', 'population_sickness', 'fixed_percent', 'notice_given']);
    const inDoc = [...doc.matchAll(/\b([a-z]+_[a-z0-9_]+)\b/g)].map((m) => m[1] ?? '').filter((c) => !notCodes.has(c));
    for (const code of new Set(inDoc)) expect({ code, listed: ours.has(code) }).toEqual({ code, listed: true });
  });

  it('have a Swedish and an English text for every field error', () => {
    for (const dict of [sv, en]) {
      for (const [field, code] of CONTRACT_FIELD_ERRORS) {
        expect({ field, code, known: knownFieldError(dict, field, code, 'x') !== null }).toEqual({ field, code, known: true });
      }
    }
  });

  it('have texts for the problems and membership issues', () => {
    for (const dict of [sv, en]) {
      for (const code of PROBLEM_CODES) expect(errorMessage(dict, code)).not.toBe(dict.errors.generic);
      for (const issue of MEMBERSHIP_ISSUES) expect(dict.membershipIssues[issue]).toBeTruthy();
    }
  });

  it('prefer the specific text and fall back to the generic one', () => {
    expect(normalizeField('keyInputs.12.percentBp')).toBe('keyInputs.*.percentBp');
    expect(fieldError(sv, 'code', 'unknown', 'kod')).toContain('referensdata');
    expect(fieldError(sv, 'totalOre', 'negative', 'budgetens totalbelopp')).toBe('Fältet budgetens totalbelopp kan inte vara negativt.');
    expect(fieldError(en, 'keyInputs.9.percentBp', 'required', 'x')).toBe('Enter the percentage for every member.');
    expect(fieldError(sv, 'x', 'strange', 'x')).toBe('Kontrollera fältet x.');
    expect(knownFieldError(sv, 'x', 'generic', 'x')).toBeNull();
  });

  it('point each error at its input, unknown fields at the fallback', () => {
    const target = (f: string) => (f === 'name' ? { id: 'member-name', noun: 'namn' } : null);
    expect(
      describeErrors(sv, [{ field: 'name', code: 'required' }, { field: 'charter', code: 'missing' }], target, 'first'),
    ).toEqual([
      { field: 'name', id: 'member-name', message: 'Ange namn.' },
      { field: 'charter', id: 'first', message: sv.moneyErrors['charter.missing'] },
    ]);
  });
});

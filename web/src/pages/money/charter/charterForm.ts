/** The new-charter form: texts → POST body. Board seats and qualified majority carry over from the current version. */
import type { Charter, CharterInput, NoticeCounting, SplitKeyKind } from '../../../api/moneyTypes';
import type { FieldError } from '../../../api/types';
import { parseInteger } from '../../../forms/parse';
import { Checker } from '../../../forms/validate';

export const SPLIT_KEYS: SplitKeyKind[] = ['population', 'population_sickness', 'fixed_percent', 'manual'];
export const COUNTINGS: NoticeCounting[] = ['calendar_years', 'from_date'];

export function needsReferenceYear(kind: SplitKeyKind): boolean {
  return kind === 'population' || kind === 'population_sickness';
}

export interface CharterText {
  effectiveFrom: string;
  years: string;
  counting: NoticeCounting;
  kind: SplitKeyKind;
  referenceYear: string;
}

export function checkCharter(text: CharterText, current: Charter | null): { errors: FieldError[]; body: CharterInput } {
  const c = new Checker().date('effectiveFrom', text.effectiveFrom);
  const years = c.parsed('notice.years', parseInteger(text.years));
  if (years !== null && (years < 1 || years > 3)) c.add('notice.years', 'out_of_range');
  let referenceYear: number | null = null;
  if (needsReferenceYear(text.kind)) {
    referenceYear = c.parsed('splitKey.referenceYear', parseInteger(text.referenceYear));
    if (referenceYear !== null && (referenceYear < 1900 || referenceYear > 2100)) c.add('splitKey.referenceYear', 'invalid');
  }
  return {
    errors: c.errors,
    body: {
      effectiveFrom: text.effectiveFrom.trim(),
      notice: { years: years ?? 0, counting: text.counting },
      splitKey: { kind: text.kind, referenceYear },
      boardSeats: current?.boardSeats ?? [],
      qualifiedMajority: current?.qualifiedMajority ?? [],
    },
  };
}

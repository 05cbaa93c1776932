/** The equity form: which years can be entered, and the PUT body. */
import type { EquityInput, EquityYear } from '../../../api/moneyTypes';
import type { FieldError } from '../../../api/types';
import { parseKronor } from '../../../forms/parse';
import { Checker } from '../../../forms/validate';

/** The years already entered plus the next one (or `fallback` when there are none). */
export function editableYears(items: EquityYear[], fallback: number): number[] {
  const years = items.map((i) => i.year).sort((a, b) => a - b);
  const last = years[years.length - 1];
  return last === undefined ? [fallback] : [...years, last + 1];
}

/** The first year is the only one whose opening equity is entered. */
export function needsOpening(items: EquityYear[], year: number): boolean {
  return items.length === 0 || items.every((i) => i.year >= year);
}

export function checkEquity(
  items: EquityYear[],
  year: number,
  text: { opening: string; received: string; costs: string },
): { errors: FieldError[]; body: EquityInput } {
  const c = new Checker();
  const opening = needsOpening(items, year) ? c.parsed('openingOre', parseKronor(text.opening, true)) : null;
  const receivedOre = c.parsed('receivedOre', parseKronor(text.received));
  const costsOre = c.parsed('costsOre', parseKronor(text.costs));
  const version = items.find((i) => i.year === year)?.version ?? 0;
  const body: EquityInput = { receivedOre: receivedOre ?? 0, costsOre: costsOre ?? 0, version };
  if (opening !== null) body.openingOre = opening;
  return { errors: c.errors, body };
}

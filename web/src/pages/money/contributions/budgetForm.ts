/** The budget entry form's logic: which members the split key needs input for, and the PUT body. */
import type { Charter, KeyInput, SplitKeyKind } from '../../../api/moneyTypes';
import type { FieldError, Member } from '../../../api/types';
import { parseKronor, parsePercentBp, parseScaled, type ParseResult } from '../../../forms/parse';
import { Checker } from '../../../forms/validate';

/** The charter in force during `year`: the newest that took effect by the year's end. */
export function charterForYear(charters: Charter[], year: number): Charter | null {
  const end = `${year}-12-31`;
  return [...charters].filter((c) => c.effectiveFrom <= end).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}

/** Members for some part of `year`. */
export function membersInYear(members: Member[], year: number): Member[] {
  return members.filter((m) => m.joinedOn <= `${year}-12-31` && (m.leftOn === null || m.leftOn >= `${year}-01-01`));
}

export type KeyField = 'sicknessRate' | 'percentBp' | 'amountOre';

export const KEY_FIELD: Record<SplitKeyKind, KeyField | null> = {
  population: null,
  population_sickness: 'sicknessRate',
  fixed_percent: 'percentBp',
  manual: 'amountOre',
};

/** The members the key needs a value for: the kommuner, and with fixed percentages several regions too. */
export function keyMembers(kind: SplitKeyKind, members: Member[]): Member[] {
  if (KEY_FIELD[kind] === null) return [];
  const regions = members.filter((m) => m.partyKind === 'region');
  const withRegions = kind === 'fixed_percent' && regions.length > 1;
  return members.filter((m) => m.partyKind === 'kommun' || (withRegions && m.partyKind === 'region'));
}

const PARSERS: Record<KeyField, (text: string) => ParseResult> = {
  sicknessRate: (text) => parseScaled(text, { decimals: 2 }),
  percentBp: parsePercentBp,
  amountOre: (text) => parseKronor(text),
};

/** Validates the texts; `inputs` maps member id → text. */
export function checkBudget(
  totalText: string,
  kind: SplitKeyKind,
  members: Member[],
  inputs: Record<number, string>,
): { errors: FieldError[]; totalOre: number | null; keyInputs: KeyInput[] } {
  const c = new Checker();
  const totalOre = c.parsed('totalOre', parseKronor(totalText));
  const field = KEY_FIELD[kind];
  const keyInputs: KeyInput[] = [];
  if (field) {
    for (const m of keyMembers(kind, members)) {
      const value = c.parsed(`keyInputs.${m.id}.${field}`, PARSERS[field](inputs[m.id] ?? ''));
      if (value !== null) keyInputs.push({ memberId: m.id, [field]: value });
    }
  }
  return { errors: c.errors, totalOre, keyInputs };
}

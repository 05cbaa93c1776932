/** The insats form's text state, built from an Insats and checked back into a request body. */
import type { Insats, InsatsInput, InsatsKind } from '../../../api/participantsTypes';
import type { FieldError } from '../../../api/types';
import { oreToInput, parseInteger, parseKronor } from '../../../forms/parse';
import { Checker, optionalText } from '../../../forms/validate';

export interface InsatsText {
  name: string;
  description: string;
  kind: InsatsKind;
  minAge: string;
  maxAge: string;
  referralRequired: boolean;
  /** Counted as extensive (omfattande) in statistics; kept on every edit. */
  extensive: boolean;
  durationWeeks: string;
  leadMemberId: string;
  cooperatingMemberIds: string[];
  kommunCodes: string[];
  targetGroupIds: string[];
  capacity: string;
  startsOn: string;
  endsOn: string;
  /** [year, kronor] in year order */
  budget: [string, string][];
}

export function emptyInsatsText(thisYear: number): InsatsText {
  return {
    name: '',
    description: '',
    kind: 'individual',
    minAge: '18',
    maxAge: '64',
    referralRequired: true,
    extensive: false,
    durationWeeks: '',
    leadMemberId: '',
    cooperatingMemberIds: [],
    kommunCodes: [],
    targetGroupIds: [],
    capacity: '',
    startsOn: '',
    endsOn: '',
    budget: [[String(thisYear), '']],
  };
}

export function insatsToText(i: Insats): InsatsText {
  return {
    name: i.name,
    description: i.description,
    kind: i.kind,
    minAge: String(i.minAge),
    maxAge: String(i.maxAge),
    referralRequired: i.referralRequired,
    extensive: i.extensive,
    durationWeeks: i.durationWeeks === null ? '' : String(i.durationWeeks),
    leadMemberId: i.leadMemberId === null ? '' : String(i.leadMemberId),
    cooperatingMemberIds: i.cooperatingMemberIds.map(String),
    kommunCodes: [...i.kommunCodes],
    targetGroupIds: i.targetGroupIds.map(String),
    capacity: i.capacity === null ? '' : String(i.capacity),
    startsOn: i.startsOn,
    endsOn: i.endsOn ?? '',
    budget: Object.keys(i.budget)
      .sort()
      .map((y) => [y, oreToInput(i.budget[y] ?? 0)]),
  };
}

/** The year after the last one in the form (or `thisYear`). */
export function nextBudgetYear(text: InsatsText, thisYear: number): string {
  const years = text.budget.map(([y]) => Number(y)).filter(Number.isFinite);
  return String(years.length > 0 ? Math.max(...years) + 1 : thisYear);
}

export function checkInsats(text: InsatsText): { errors: FieldError[]; body: InsatsInput } {
  const c = new Checker().text('name', text.name);
  const minAge = c.parsed('minAge', parseInteger(text.minAge));
  const maxAge = c.parsed('maxAge', parseInteger(text.maxAge));
  if (minAge !== null && maxAge !== null && maxAge < minAge) c.add('maxAge', 'out_of_range');
  const duration = optionalText(text.durationWeeks) === null ? null : c.parsed('durationWeeks', parseInteger(text.durationWeeks));
  if (text.leadMemberId === '') c.add('leadMemberId', 'required');
  const capacity = c.parsed('capacity', parseInteger(text.capacity));
  c.date('startsOn', text.startsOn).date('endsOn', text.endsOn, false);
  if (text.endsOn.trim() !== '' && text.startsOn.trim() !== '' && text.endsOn.trim() < text.startsOn.trim()) c.add('endsOn', 'before_start');
  const budget: Record<string, number> = {};
  for (const [year, kronor] of text.budget) {
    if (kronor.trim() === '') continue;
    const ore = c.parsed(`budget.${year}`, parseKronor(kronor));
    if (ore !== null) budget[year] = ore;
  }
  return {
    errors: c.errors,
    body: {
      name: text.name.trim(),
      description: text.description.trim(),
      kind: text.kind,
      targetGroupIds: text.targetGroupIds.map(Number),
      minAge: minAge ?? 0,
      maxAge: maxAge ?? 0,
      referralRequired: text.kind === 'individual' ? text.referralRequired : false,
      extensive: text.extensive,
      durationWeeks: duration,
      leadMemberId: text.leadMemberId === '' ? null : Number(text.leadMemberId),
      cooperatingMemberIds: text.cooperatingMemberIds.map(Number),
      kommunCodes: [...text.kommunCodes],
      capacity,
      startsOn: text.startsOn.trim(),
      endsOn: optionalText(text.endsOn),
      budget,
    },
  };
}

/**
 * Setting up a new förbund (superuser): the förbund, its region and kommuner (Försäkringskassan and
 * Arbetsförmedlingen are members by law and added by the server), and the first charter's notice and split key.
 */
import type { AssociationSetupInput } from '../../api';
import type { FieldError } from '../../api/types';
import { parseInteger } from '../../forms/parse';
import { Checker } from '../../forms/validate';

export interface PartyText {
  code: string;
  name: string;
}

export interface SetupText {
  name: string;
  orgNumber: string;
  seat: string;
  formedOn: string;
  region: PartyText;
  kommuner: PartyText[];
  noticeYears: string;
  splitKey: string;
  referenceYear: string;
}

export const SPLIT_KEYS = ['population', 'population_sickness', 'fixed_percent', 'manual'] as const;

export function emptySetup(): SetupText {
  return {
    name: '',
    orgNumber: '',
    seat: '',
    formedOn: '',
    region: { code: '', name: '' },
    kommuner: [{ code: '', name: '' }],
    noticeYears: '3',
    splitKey: 'population',
    referenceYear: '',
  };
}

/** The client's checks mirror the server's field names (region.code, kommuner.1.name …). */
export function checkSetup(text: SetupText): { errors: FieldError[]; body: AssociationSetupInput } {
  const c = new Checker().text('name', text.name).text('orgNumber', text.orgNumber).text('seat', text.seat).date('formedOn', text.formedOn);
  if (!/^\d{2}$/.test(text.region.code.trim())) c.add('region.code', text.region.code.trim() === '' ? 'required' : 'invalid');
  c.text('region.name', text.region.name);
  const kommuner = text.kommuner.filter((k) => k.code.trim() !== '' || k.name.trim() !== '');
  if (kommuner.length === 0) c.add('kommuner', 'required');
  text.kommuner.forEach((k, i) => {
    if (k.code.trim() === '' && k.name.trim() === '') return;
    if (!/^\d{4}$/.test(k.code.trim())) c.add(`kommuner.${i}.code`, k.code.trim() === '' ? 'required' : 'invalid');
    c.text(`kommuner.${i}.name`, k.name);
  });
  const notice = c.parsed('noticeYears', parseInteger(text.noticeYears));
  const byPopulation = text.splitKey === 'population' || text.splitKey === 'population_sickness';
  if (byPopulation && text.referenceYear.trim() === '') c.add('referenceYear', 'required');
  const year = text.referenceYear.trim() === '' ? null : c.parsed('referenceYear', parseInteger(text.referenceYear));
  const body: AssociationSetupInput = {
    name: text.name.trim(),
    orgNumber: text.orgNumber.trim(),
    seat: text.seat.trim(),
    formedOn: text.formedOn.trim(),
    region: { code: text.region.code.trim(), name: text.region.name.trim() },
    kommuner: kommuner.map((k) => ({ code: k.code.trim(), name: k.name.trim() })),
    noticeYears: notice ?? 3,
    splitKey: text.splitKey as AssociationSetupInput['splitKey'],
    ...(year === null ? {} : { referenceYear: year }),
  };
  return { errors: c.errors, body };
}

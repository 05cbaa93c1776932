/**
 * The follow-up data at start and end (SUS): text state, the support checkboxes' rule ("none" is
 * exclusive), and the start/end forms' checks. Follow-up data is only sent with consent.
 */
import type { EndInput, Snapshot, StartInput } from '../../../api/participantsTypes';
import type { FieldError } from '../../../api/types';
import { parseInteger } from '../../../forms/parse';
import { Checker } from '../../../forms/validate';

export interface SnapshotText {
  support: string[];
  monthsOnSupport: string;
  education: string;
  occupation: string;
  extentPercent: string;
}

export const EMPTY_SNAPSHOT: SnapshotText = { support: [], monthsOnSupport: '', education: '', occupation: '', extentPercent: '' };

/** The new support list after the checkboxes changed to `next`: ticking "none" clears the others and vice versa. */
export function supportAfterChange(previous: readonly string[], next: readonly string[]): string[] {
  const added = next.filter((v) => !previous.includes(v));
  if (added.includes('none')) return ['none'];
  if (added.length > 0) return next.filter((v) => v !== 'none');
  return [...next];
}

/** Support "Ingen" alone: there are no months on support to ask for. */
export function withoutSupport(support: readonly string[]): boolean {
  return support.length === 1 && support[0] === 'none';
}

/** Checks a snapshot; field names get `prefix` (`atStart` / `atEnd`), as the server names them. */
export function checkSnapshot(prefix: string, text: SnapshotText, c: Checker): Snapshot {
  if (text.support.length === 0) c.add(`${prefix}.support`, 'required');
  const months = withoutSupport(text.support) ? 0 : c.parsed(`${prefix}.monthsOnSupport`, parseInteger(text.monthsOnSupport));
  if (text.education === '') c.add(`${prefix}.education`, 'required');
  if (text.occupation === '') c.add(`${prefix}.occupation`, 'required');
  const extent = c.parsed(`${prefix}.extentPercent`, parseInteger(text.extentPercent));
  if (extent !== null && extent > 100) c.add(`${prefix}.extentPercent`, 'out_of_range');
  return {
    support: text.support as Snapshot['support'],
    monthsOnSupport: months ?? 0,
    education: text.education as Snapshot['education'],
    occupation: text.occupation as Snapshot['occupation'],
    extentPercent: extent ?? 0,
  };
}

export interface StartText {
  startedOn: string;
  /** 'yes' | 'no' | '' (not answered) */
  consent: string;
  formReference: string;
  atStart: SnapshotText;
}

export function checkStart(text: StartText, version: number): { errors: FieldError[]; body: StartInput } {
  const c = new Checker().date('startedOn', text.startedOn);
  if (text.consent === '') c.add('consentGiven', 'required');
  const body: StartInput = { startedOn: text.startedOn.trim(), version };
  if (text.consent === 'yes') {
    if (text.formReference.trim() === '') c.add('formReference', 'required');
    body.consent = { formReference: text.formReference.trim(), givenOn: text.startedOn.trim() };
    body.atStart = checkSnapshot('atStart', text.atStart, c);
  }
  return { errors: c.errors, body };
}

export interface EndText {
  endedOn: string;
  exitReason: string;
  atEnd: SnapshotText;
}

/** `withConsent`: the participation has follow-up consent, so the at-end data is asked for and sent. */
export function checkEnd(text: EndText, version: number, withConsent: boolean): { errors: FieldError[]; body: EndInput } {
  const c = new Checker().date('endedOn', text.endedOn);
  if (text.exitReason === '') c.add('exitReason', 'required');
  const body: EndInput = { endedOn: text.endedOn.trim(), exitReason: text.exitReason as EndInput['exitReason'], version };
  if (withConsent) body.atEnd = checkSnapshot('atEnd', text.atEnd, c);
  return { errors: c.errors, body };
}


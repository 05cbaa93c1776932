/**
 * Correcting a recorded participation (rättelse): the form starts from what is recorded, and sends the whole
 * corrected state with a required reason. An end is undone by marking the participation as ongoing.
 */
import type { CorrectionInput, Participation, Snapshot } from '../../../api/participantsTypes';
import type { FieldError } from '../../../api/types';
import { Checker } from '../../../forms/validate';
import { checkSnapshot, EMPTY_SNAPSHOT, type SnapshotText } from '../participation/snapshotForm';

/** The server's limit on the reason, in characters. */
export const REASON_MAX_LENGTH = 500;

export interface CorrectionText {
  startedOn: string;
  ongoing: boolean;
  endedOn: string;
  exitReason: string;
  /** null: no data at start was recorded (no consent), so none is asked for. */
  atStart: SnapshotText | null;
  atEnd: SnapshotText;
  reason: string;
}

export function snapshotText(s: Snapshot | null | undefined): SnapshotText {
  if (!s) return EMPTY_SNAPSHOT;
  return {
    support: [...s.support],
    monthsOnSupport: String(s.monthsOnSupport ?? ''),
    education: s.education,
    occupation: s.occupation,
    extentPercent: String(s.extentPercent),
  };
}

export function correctionText(p: Participation): CorrectionText {
  return {
    startedOn: p.startedOn,
    ongoing: p.endedOn === null,
    endedOn: p.endedOn ?? '',
    exitReason: p.exitReason ?? '',
    atStart: p.atStart ? snapshotText(p.atStart) : null,
    atEnd: snapshotText(p.atEnd),
    reason: '',
  };
}

/** `withEndData`: the participation has (or, with consent, must have) follow-up data at its end. */
export function checkCorrection(text: CorrectionText, version: number, withEndData: boolean): { errors: FieldError[]; body: CorrectionInput } {
  const c = new Checker().date('startedOn', text.startedOn);
  const body: CorrectionInput = {
    startedOn: text.startedOn.trim(),
    endedOn: null,
    exitReason: null,
    atStart: null,
    atEnd: null,
    reason: text.reason.trim(),
    version,
  };
  if (text.atStart) body.atStart = checkSnapshot('atStart', text.atStart, c);
  if (!text.ongoing) {
    c.date('endedOn', text.endedOn);
    if (text.exitReason === '') c.add('exitReason', 'required');
    body.endedOn = text.endedOn.trim();
    body.exitReason = text.exitReason === '' ? null : (text.exitReason as CorrectionInput['exitReason']);
    if (withEndData) body.atEnd = checkSnapshot('atEnd', text.atEnd, c);
  }
  if (body.reason === '') c.add('reason', 'required');
  else if (body.reason.length > REASON_MAX_LENGTH) c.add('reason', 'too_long');
  return { errors: c.errors, body };
}

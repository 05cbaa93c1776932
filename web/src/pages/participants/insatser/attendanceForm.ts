/** The attendance form's client checks (the server checks the same and the insats's dates). */
import type { Attendance } from '../../../api/participantsTypes';
import type { FieldError } from '../../../api/types';
import { parseInteger } from '../../../forms/parse';
import { Checker } from '../../../forms/validate';

export interface AttendanceText {
  on: string;
  women: string;
  men: string;
  note: string;
}

export const EMPTY_ATTENDANCE: AttendanceText = { on: '', women: '', men: '', note: '' };

export function checkAttendance(input: AttendanceText): { errors: FieldError[]; body: Omit<Attendance, 'id' | 'insatsId' | 'version'> } {
  const c = new Checker().date('on', input.on);
  const women = c.parsed('women', parseInteger(input.women));
  const men = c.parsed('men', parseInteger(input.men));
  return { errors: c.errors, body: { on: input.on.trim(), women: women ?? 0, men: men ?? 0, note: input.note.trim() } };
}

/** The text of a recorded row, to correct it. */
export function attendanceText(a: Attendance): AttendanceText {
  return { on: a.on, women: String(a.women), men: String(a.men), note: a.note };
}

/** A correction: the row's fields as when recorded, and a required reason of at most `maxReason` characters. */
export function checkAttendanceCorrection(
  input: AttendanceText,
  reason: string,
  version: number,
  maxReason: number,
): { errors: FieldError[]; body: Omit<Attendance, 'id' | 'insatsId'> & { reason: string } } {
  const { errors, body } = checkAttendance(input);
  const r = reason.trim();
  if (r === '') errors.push({ field: 'reason', code: 'required' });
  else if (r.length > maxReason) errors.push({ field: 'reason', code: 'too_long' });
  return { errors, body: { ...body, reason: r, version } };
}

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

export function checkAttendance(input: AttendanceText): { errors: FieldError[]; body: Omit<Attendance, 'id' | 'insatsId'> } {
  const c = new Checker().date('on', input.on);
  const women = c.parsed('women', parseInteger(input.women));
  const men = c.parsed('men', parseInteger(input.men));
  return { errors: c.errors, body: { on: input.on.trim(), women: women ?? 0, men: men ?? 0, note: input.note.trim() } };
}

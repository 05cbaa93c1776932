/** The participant-level export's period: this year by default, checked as the server does. */
import type { FieldError } from '../../../api/types';
import { Checker } from '../../../forms/validate';

/** This calendar year, from today's date (YYYY-MM-DD). */
export function thisYearPeriod(today: string): { from: string; to: string } {
  const year = today.slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** `from|to required|invalid` and `to before_from` (the server's codes); the rest is the server's. */
export function checkExportPeriod(from: string, to: string): FieldError[] {
  const c = new Checker().date('from', from).date('to', to);
  if (c.errors.length === 0 && to.trim() < from.trim()) c.add('to', 'before_from');
  return c.errors;
}

/** The audit log's filter: checked on the client, then turned into the API's query string. */
import type { FieldError } from '../../../api/types';
import { Checker } from '../../../forms/validate';

export interface AuditFilter {
  action: string;
  username: string;
  entity: string;
  entityId: string;
  /** YYYY-MM-DD or "". */
  from: string;
  to: string;
}

export const EMPTY_FILTER: AuditFilter = { action: '', username: '', entity: '', entityId: '', from: '', to: '' };

const KEYS: (keyof AuditFilter)[] = ['action', 'username', 'entity', 'entityId', 'from', 'to'];

/** `?action=login&from=2026-01-01&page=2`: empty values left out, page 1 left out; "" when nothing. */
export function auditQuery(filter: AuditFilter, page = 1): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key].trim();
    if (value !== '') params.set(key, value);
  }
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Dates must be real dates; `to` not before `from`. */
export function checkAuditFilter(filter: AuditFilter): FieldError[] {
  const check = new Checker().date('from', filter.from, false).date('to', filter.to, false);
  const from = filter.from.trim();
  const to = filter.to.trim();
  if (check.errors.length === 0 && from !== '' && to !== '' && to < from) check.add('to', 'before_from');
  return check.errors;
}

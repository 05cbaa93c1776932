/** The periods the waiting-time table shows, and the query string for GET …/waits. */
import { formatDate } from '../../../format';

export interface WaitPeriod {
  key: 'last12' | 'allTime';
  from: string;
  to: string;
}

/** The last 12 months up to `today`, and all time (from the insats's start, or 1900). */
export function waitPeriods(today: Date, startsOn: string | null): WaitPeriod[] {
  const to = formatDate(today);
  const yearAgo = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1);
  const from12 = formatDate(yearAgo);
  return [
    { key: 'last12', from: from12, to },
    { key: 'allTime', from: startsOn && startsOn < to ? startsOn : '1900-01-01', to },
  ];
}

/** `?from=2025-11-23&to=2026-11-22` (the API needs both). */
export function waitsQuery(period: Pick<WaitPeriod, 'from' | 'to'>): string {
  return `?${new URLSearchParams({ from: period.from, to: period.to }).toString()}`;
}

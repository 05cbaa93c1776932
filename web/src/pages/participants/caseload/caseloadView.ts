/** The caseload's filters (asked of the server, so only the people shown are read and logged) and its sort (done here). */
import type { CaseloadEntry } from '../../../api/participantsTypes';
import type { Order } from '../queue/queueQuery';

export type CaseloadSort = 'name' | 'insats' | 'startedOn' | 'daysInInsats' | 'nextDue';

export interface CaseloadView {
  sort: CaseloadSort;
  order: Order;
  /** '' = every insats the user works in */
  insatsId: string;
  /** Only what is overdue or due within DUE_SOON_DAYS. */
  dueSoon: boolean;
  /** Only the participants the user has taken responsibility for ("mine"). */
  mine: boolean;
}

/** The server's order: overdue first, then by what is due next. */
export const DEFAULT_CASELOAD_VIEW: CaseloadView = {
  sort: 'nextDue',
  order: 'asc',
  insatsId: '',
  dueSoon: false,
  mine: false,
};

/** The window of "due soon", as the start page's summary counts it (dueSoonDays). */
export const DUE_SOON_DAYS = 14;

/** `?insatsId=2&dueWithinDays=14&mine=true` (empty filters left out). */
export function caseloadQuery(view: Pick<CaseloadView, 'insatsId' | 'dueSoon'> & { mine?: boolean }): string {
  const params = new URLSearchParams();
  if (view.insatsId !== '') params.set('insatsId', view.insatsId);
  if (view.dueSoon) params.set('dueWithinDays', String(DUE_SOON_DAYS));
  if (view.mine) params.set('mine', 'true');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The earlier of the next follow-up and the next action's due date (ISO dates compare as text). */
export function nextDue(e: Pick<CaseloadEntry, 'nextFollowUpOn' | 'nextActionDueOn'>): string | null {
  const dates = [e.nextFollowUpOn, e.nextActionDueOn].filter((d): d is string => d !== null && d !== undefined);
  return dates.length === 0 ? null : dates.reduce((a, b) => (b < a ? b : a));
}

/** Clicking a header: the same column flips the order; another starts ascending (days: most first). */
export function sortCaseloadBy(view: CaseloadView, sort: CaseloadSort): CaseloadView {
  if (view.sort === sort) return { ...view, order: view.order === 'asc' ? 'desc' : 'asc' };
  return { ...view, sort, order: sort === 'daysInInsats' ? 'desc' : 'asc' };
}

/**
 * The rows in the view's order. By next due date, overdue rows come first and rows with nothing due last,
 * whichever the order; names and insatser compare in Swedish; ties keep the server's order.
 */
export function sortCaseload(
  entries: CaseloadEntry[],
  view: Pick<CaseloadView, 'sort' | 'order'>,
  insatsName: (id: number) => string,
  locale = 'sv',
): CaseloadEntry[] {
  const collator = new Intl.Collator(locale);
  const sign = view.order === 'asc' ? 1 : -1;
  const compare = (a: CaseloadEntry, b: CaseloadEntry): number => {
    switch (view.sort) {
      case 'name':
        return sign * collator.compare(a.name ?? '', b.name ?? '');
      case 'insats':
        return sign * collator.compare(insatsName(a.insatsId), insatsName(b.insatsId));
      case 'startedOn':
        return sign * a.startedOn.localeCompare(b.startedOn);
      case 'daysInInsats':
        return sign * (a.daysInInsats - b.daysInInsats);
      case 'nextDue': {
        if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
        const da = nextDue(a);
        const db = nextDue(b);
        if (da === null || db === null) return da === db ? 0 : da === null ? 1 : -1;
        return sign * da.localeCompare(db);
      }
    }
  };
  return entries
    .map((e, i) => ({ e, i }))
    .sort((x, y) => compare(x.e, y.e) || x.i - y.i)
    .map((x) => x.e);
}

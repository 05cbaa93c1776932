/** The queue's server-side sort, filter and page as a query string, and what a header click does. */
import type { QueueSort } from '../../../api/participantsTypes';

export type Order = 'asc' | 'desc';

export interface QueueView {
  sort: QueueSort;
  order: Order;
  /** '' = the waiting ones (the server's default) */
  state: string;
  targetGroupId: string;
  page: number;
}

export const DEFAULT_VIEW: QueueView = { sort: 'position', order: 'asc', state: '', targetGroupId: '', page: 1 };

/** The order a column starts with: longest wait and highest priority first, otherwise ascending. */
export function defaultOrder(sort: QueueSort): Order {
  return sort === 'daysWaited' || sort === 'priority' ? 'desc' : 'asc';
}

/** `?sort=daysWaited&order=desc&state=queued&targetGroupId=1&page=2` (empty filters and page 1 left out). */
export function queueQuery(view: QueueView): string {
  const params = new URLSearchParams({ sort: view.sort, order: view.order });
  if (view.state !== '') params.set('state', view.state);
  if (view.targetGroupId !== '') params.set('targetGroupId', view.targetGroupId);
  if (view.page > 1) params.set('page', String(view.page));
  return `?${params.toString()}`;
}

/** Clicking a header: the same column flips the order, another starts with its default; back to page 1. */
export function sortBy(view: QueueView, sort: QueueSort): QueueView {
  const order = view.sort === sort ? (view.order === 'asc' ? 'desc' : 'asc') : defaultOrder(sort);
  return { ...view, sort, order, page: 1 };
}

/** aria-sort for a column header (of the queue or any table sorted by one column). */
export function ariaSort<S extends string>(view: { sort: S; order: Order }, column: S): 'ascending' | 'descending' | undefined {
  if (view.sort !== column) return undefined;
  return view.order === 'asc' ? 'ascending' : 'descending';
}

/** The actions a deltagaransvarig has on a row in `state`. */
export function rowActions(state: string): ('queue' | 'return' | 'withdraw' | 'start')[] {
  if (state === 'received') return ['queue', 'return', 'withdraw', 'start'];
  if (state === 'queued') return ['return', 'withdraw', 'start'];
  return [];
}

import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, ariaSort, defaultOrder, queueQuery, rowActions, sortBy } from './queueQuery';

describe('queue query', () => {
  it('always names sort and order; leaves out empty filters and page 1', () => {
    expect(queueQuery(DEFAULT_VIEW)).toBe('?sort=position&order=asc');
    expect(queueQuery({ ...DEFAULT_VIEW, state: 'queued', targetGroupId: '1', page: 2 })).toBe(
      '?sort=position&order=asc&state=queued&targetGroupId=1&page=2',
    );
    expect(queueQuery({ ...DEFAULT_VIEW, sort: 'daysWaited', order: 'desc' })).toBe('?sort=daysWaited&order=desc');
  });

  it('starts a column in its natural order, flips the same column, and goes back to page 1', () => {
    expect(defaultOrder('daysWaited')).toBe('desc');
    expect(defaultOrder('referredOn')).toBe('asc');
    const byWait = sortBy({ ...DEFAULT_VIEW, page: 3 }, 'daysWaited');
    expect(byWait).toEqual({ ...DEFAULT_VIEW, sort: 'daysWaited', order: 'desc', page: 1 });
    expect(sortBy(byWait, 'daysWaited').order).toBe('asc');
    expect(sortBy(DEFAULT_VIEW, 'position').order).toBe('desc');
  });

  it('marks only the sorted column with aria-sort', () => {
    expect(ariaSort({ sort: 'daysWaited', order: 'desc' }, 'daysWaited')).toBe('descending');
    expect(ariaSort({ sort: 'daysWaited', order: 'asc' }, 'daysWaited')).toBe('ascending');
    expect(ariaSort({ sort: 'daysWaited', order: 'asc' }, 'position')).toBeUndefined();
  });

  it('offers the transitions the state allows', () => {
    expect(rowActions('received')).toEqual(['queue', 'return', 'withdraw', 'start']);
    expect(rowActions('queued')).toEqual(['return', 'withdraw', 'start']);
    for (const s of ['started', 'returned', 'withdrawn']) expect(rowActions(s)).toEqual([]);
  });
});

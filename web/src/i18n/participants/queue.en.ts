/** English texts for the queue of an insats. */
import { formatNumber } from '../../format';
import type { queueSv } from './queue.sv';

export const queueEn: typeof queueSv = {
  title: (insats: string): string => `Queue for ${insats}`,
  intro: 'Referrals waiting to start. Sort by choosing a column heading.',
  caption: (insats: string): string => `Queue for ${insats}`,
  count: (n: number, first: number, last: number): string =>
    n === 0 ? 'No referrals in the queue' : `${formatNumber(n)} ${n === 1 ? 'referral' : 'referrals'}, showing ${first}–${last}`,
  none: 'No referrals match.',
  filterTitle: 'Filter the queue',
  state: 'Status',
  allStates: 'Waiting (received and queued)',
  targetGroup: 'Target group',
  allTargetGroups: 'All target groups',
  apply: 'Show',
  columns: {
    position: 'Place',
    personnummer: 'Identity number',
    name: 'Name',
    referredOn: 'Referral date',
    daysWaited: 'Waited, days',
    expectedStart: 'Expected start',
    priority: 'Priority',
    state: 'Status',
    actions: 'Actions',
  },
  sortBy: (column: string): string => `Sort by ${column}`,
  actions: {
    queue: 'Queue',
    return: 'Send back',
    withdraw: 'Withdraw',
    start: 'Start',
  },
  actionsFor: (name: string): string => `Actions for ${name}`,
  queued: (name: string): string => `${name} is now in the queue.`,
  returned: (name: string): string => `The referral for ${name} has been sent back.`,
  withdrawn: (name: string): string => `The referral for ${name} has been withdrawn.`,
  returnTitle: (name: string): string => `Send back the referral for ${name}`,
  returnText: 'The referring party will see the reason. Choose the one that fits best.',
  returnReason: 'Reason *',
  returnReasonNoun: 'reason',
  confirmReturn: 'Send back',
  withdrawTitle: (name: string): string => `Withdraw the referral for ${name}`,
  withdrawText: 'The referral leaves the queue. This cannot be undone.',
  confirmWithdraw: 'Withdraw the referral',
};

/** English texts of the caseload (ongoing participants) on the participants page and its start-page section. */
import { formatNumber } from '../../format';
import type { CaseloadTexts } from './caseload.sv';

export const caseloadEn: CaseloadTexts = {
  title: 'Ongoing participants',
  intro: 'Participants in the interventions you work in. Overdue follow-ups and actions come first. Each participant shown is logged in the person’s access history.',
  filterTitle: 'Filter ongoing participants',
  insats: 'Intervention',
  allInsatser: 'All my interventions',
  show: 'Show',
  showAll: 'All ongoing',
  showDueSoon: (days: number): string => `Overdue and due for follow-up within ${days} days`,
  apply: 'Show',
  caption: 'Ongoing participants',
  count: (n: number): string => (n === 1 ? '1 ongoing participant' : `${formatNumber(n)} ongoing participants`),
  none: 'No ongoing participants in your interventions.',
  noneDue: 'Nothing is overdue or due within that time.',
  anonymous: 'Anonymous participant',
  columns: {
    name: 'Name',
    personnummer: 'Identity number',
    insats: 'Intervention',
    startedOn: 'Started',
    daysInInsats: 'Days in the intervention',
    nextFollowUp: 'Next follow-up',
    nextAction: 'Next action',
    status: 'Status',
  },
  overdue: 'Overdue',
  dueSoon: 'Soon',
  noPlan: 'No plan',
  reminders: {
    title: 'Follow-ups in my interventions',
    caption: 'Ongoing participants, overdue and upcoming follow-ups by intervention',
    ongoing: 'Ongoing',
    overdue: 'Overdue',
    dueSoon: (days: number): string => `Within ${days} days`,
    total: 'Ongoing participants',
    totalOverdue: 'Overdue follow-ups',
    none: 'No ongoing participants in your interventions.',
    toList: 'To ongoing participants',
  },
};

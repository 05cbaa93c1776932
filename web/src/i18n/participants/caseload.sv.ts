/** Swedish texts of the caseload (pågående deltagare) on the participants page and its start-page section. */
import { formatNumber } from '../../format';

export const caseloadSv = {
  title: 'Pågående deltagare',
  intro: 'Deltagare som pågår i de insatser du arbetar med. Försenade uppföljningar och åtgärder står först. Varje deltagare som visas loggas i personens åtkomsthistorik.',
  filterTitle: 'Filtrera pågående deltagare',
  insats: 'Insats',
  allInsatser: 'Alla mina insatser',
  show: 'Visa',
  showAll: 'Alla pågående',
  showDueSoon: (days: number): string => `Försenade och de som ska följas upp inom ${days} dagar`,
  apply: 'Visa',
  caption: 'Pågående deltagare',
  count: (n: number): string => (n === 1 ? '1 pågående deltagare' : `${formatNumber(n)} pågående deltagare`),
  none: 'Inga pågående deltagare i dina insatser.',
  noneDue: 'Inget är försenat eller ska följas upp inom den tiden.',
  anonymous: 'Anonym deltagare',
  columns: {
    name: 'Namn',
    personnummer: 'Personnummer',
    insats: 'Insats',
    startedOn: 'Startade',
    daysInInsats: 'Dagar i insatsen',
    nextFollowUp: 'Nästa uppföljning',
    nextAction: 'Nästa åtgärd',
    status: 'Status',
  },
  overdue: 'Försenad',
  dueSoon: 'Snart',
  noPlan: 'Ingen plan',
  /** The start page: counts only, no names. */
  reminders: {
    title: 'Uppföljningar i mina insatser',
    caption: 'Pågående deltagare, försenade och snart aktuella uppföljningar per insats',
    ongoing: 'Pågående',
    overdue: 'Försenade',
    dueSoon: (days: number): string => `Inom ${days} dagar`,
    total: 'Pågående deltagare',
    totalOverdue: 'Försenade uppföljningar',
    none: 'Inga pågående deltagare i dina insatser.',
    toList: 'Till pågående deltagare',
  },
};

export type CaseloadTexts = typeof caseloadSv;

import type { Permission } from './api/accessTypes';

/** The app's paths (Swedish, language-neutral) and matching them to pages with their parameters. */

export type Route =
  | { name: 'members' }
  | { name: 'withdrawal'; memberId: number }
  | { name: 'contributions' }
  | { name: 'budgetYear'; year: number }
  | { name: 'budgetImport' }
  | { name: 'basis'; year: number; memberId: number }
  | { name: 'allocation' }
  | { name: 'equity' }
  | { name: 'charter' }
  | { name: 'agreements' }
  | { name: 'confirmRoles' }
  | { name: 'dataSubject' }
  | { name: 'processingRecord' }
  | { name: 'users' }
  | { name: 'audit' }
  | { name: 'account' }
  | { name: 'insatser' }
  | { name: 'insatsNew' }
  | { name: 'insatsImport' }
  | { name: 'insats'; insatsId: number }
  | { name: 'insatsEdit'; insatsId: number }
  | { name: 'queue'; insatsId: number }
  | { name: 'refer' }
  | { name: 'myReferrals' }
  | { name: 'startParticipation'; referralId: number }
  | { name: 'participants' }
  | { name: 'historyImport' }
  | { name: 'person'; personId: number }
  | { name: 'statistics' }
  | { name: 'finsam' }
  | { name: 'memberValue' }
  | { name: 'associations' };

export const paths = {
  members: '/medlemmar',
  withdrawal: (memberId: number) => `/medlemmar/${memberId}/uttrade`,
  contributions: '/medlemsavgifter',
  budgetYear: (year: number) => `/medlemsavgifter/${year}`,
  budgetImport: '/medlemsavgifter/import',
  basis: (year: number, memberId: number) => `/medlemsavgifter/${year}/underlag/${memberId}`,
  allocation: '/statlig-fordelning',
  equity: '/eget-kapital',
  charter: '/forbundsordning',
  agreements: '/pub-avtal',
  confirmRoles: '/bekrafta-roller',
  dataSubject: '/registerutdrag',
  processingRecord: '/behandlingar',
  users: '/anvandare',
  audit: '/granskningslogg',
  account: '/konto',
  insatser: '/insatser',
  insatsNew: '/insatser/ny',
  insatsImport: '/insatser/import',
  insats: (insatsId: number) => `/insatser/${insatsId}`,
  insatsEdit: (insatsId: number) => `/insatser/${insatsId}/andra`,
  queue: (insatsId: number) => `/insatser/${insatsId}/ko`,
  refer: '/remiss',
  myReferrals: '/remisser',
  startParticipation: (referralId: number) => `/remisser/${referralId}/starta`,
  participants: '/deltagare',
  historyImport: '/deltagare/import',
  /** By the pseudonymous person id: a personnummer never goes into a URL. */
  person: (personId: number) => `/deltagare/${personId}`,
  statistics: '/statistik',
  finsam: '/uppfoljning-finsam',
  memberValue: '/medlemsnytta',
  associations: '/forbund',
} as const;

const ID = '([1-9]\\d{0,9})';
const YEAR = '(\\d{4})';

const PATTERNS: [RegExp, (m: number[]) => Route][] = [
  [/^\/medlemmar$/, () => ({ name: 'members' })],
  [new RegExp(`^/medlemmar/${ID}/uttrade$`), ([id = 0]) => ({ name: 'withdrawal', memberId: id })],
  [/^\/medlemsavgifter$/, () => ({ name: 'contributions' })],
  [/^\/medlemsavgifter\/import$/, () => ({ name: 'budgetImport' })],
  [new RegExp(`^/medlemsavgifter/${YEAR}$`), ([year = 0]) => ({ name: 'budgetYear', year })],
  [
    new RegExp(`^/medlemsavgifter/${YEAR}/underlag/${ID}$`),
    ([year = 0, id = 0]) => ({ name: 'basis', year, memberId: id }),
  ],
  [/^\/statlig-fordelning$/, () => ({ name: 'allocation' })],
  [/^\/eget-kapital$/, () => ({ name: 'equity' })],
  [/^\/forbundsordning$/, () => ({ name: 'charter' })],
  [/^\/pub-avtal$/, () => ({ name: 'agreements' })],
  [/^\/bekrafta-roller$/, () => ({ name: 'confirmRoles' })],
  [/^\/registerutdrag$/, () => ({ name: 'dataSubject' })],
  [/^\/behandlingar$/, () => ({ name: 'processingRecord' })],
  [/^\/anvandare$/, () => ({ name: 'users' })],
  [/^\/granskningslogg$/, () => ({ name: 'audit' })],
  [/^\/konto$/, () => ({ name: 'account' })],
  [/^\/insatser$/, () => ({ name: 'insatser' })],
  [/^\/insatser\/ny$/, () => ({ name: 'insatsNew' })],
  [/^\/insatser\/import$/, () => ({ name: 'insatsImport' })],
  [new RegExp(`^/insatser/${ID}$`), ([id = 0]) => ({ name: 'insats', insatsId: id })],
  [new RegExp(`^/insatser/${ID}/andra$`), ([id = 0]) => ({ name: 'insatsEdit', insatsId: id })],
  [new RegExp(`^/insatser/${ID}/ko$`), ([id = 0]) => ({ name: 'queue', insatsId: id })],
  [/^\/remiss$/, () => ({ name: 'refer' })],
  [/^\/remisser$/, () => ({ name: 'myReferrals' })],
  [new RegExp(`^/remisser/${ID}/starta$`), ([id = 0]) => ({ name: 'startParticipation', referralId: id })],
  [/^\/deltagare$/, () => ({ name: 'participants' })],
  [/^\/deltagare\/import$/, () => ({ name: 'historyImport' })],
  [new RegExp(`^/deltagare/${ID}$`), ([id = 0]) => ({ name: 'person', personId: id })],
  [/^\/statistik$/, () => ({ name: 'statistics' })],
  [/^\/uppfoljning-finsam$/, () => ({ name: 'finsam' })],
  [/^\/medlemsnytta$/, () => ({ name: 'memberValue' })],
  [/^\/forbund$/, () => ({ name: 'associations' })],
];

/** The permission a page needs in the user's förbund; null: any signed-in user. */
export function routePermission(route: Route): Permission | null {
  switch (route.name) {
    case 'members':
    case 'charter':
    case 'agreements':
    case 'statistics':
    case 'finsam':
      return 'view_association';
    case 'memberValue':
      return 'view_money';
    case 'withdrawal':
    case 'contributions':
    case 'budgetYear':
    case 'basis':
    case 'allocation':
    case 'equity':
      return 'view_money';
    case 'budgetImport':
      return 'manage_money';
    case 'users':
      return 'manage_users';
    case 'confirmRoles':
      return 'confirm_roles';
    case 'dataSubject':
      return 'data_subject_rights';
    case 'processingRecord':
      return 'view_association';
    case 'audit':
      return 'view_audit';
    case 'account':
      return null;
    case 'associations':
      return 'create_association';
    case 'insatser':
    case 'insats':
      return 'view_association';
    case 'insatsNew':
    case 'insatsEdit':
    case 'insatsImport':
      return 'manage_insatser';
    case 'refer':
    case 'myReferrals':
      return 'refer';
    case 'startParticipation':
    case 'historyImport':
      return 'manage_participants';
    case 'queue':
    case 'participants':
    case 'person':
      return 'view_personal';
  }
}

/** The signed-in pages (other than the start page); null for any other path. */
export function matchRoute(path: string): Route | null {
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return build(match.slice(1).map(Number));
  }
  return null;
}

/** The main-menu entry a path belongs to (for aria-current). */
export function navSection(path: string): string {
  const first = path.split('/')[1] ?? '';
  return '/' + first;
}

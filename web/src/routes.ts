import type { Permission } from './accessTypes';

/** The app's paths (Swedish, language-neutral) and matching them to pages with their parameters. */

export type Route =
  | { name: 'members' }
  | { name: 'withdrawal'; memberId: number }
  | { name: 'contributions' }
  | { name: 'budgetYear'; year: number }
  | { name: 'basis'; year: number; memberId: number }
  | { name: 'allocation' }
  | { name: 'equity' }
  | { name: 'charter' }
  | { name: 'users' }
  | { name: 'audit' }
  | { name: 'account' };

export const paths = {
  members: '/medlemmar',
  withdrawal: (memberId: number) => `/medlemmar/${memberId}/uttrade`,
  contributions: '/medlemsavgifter',
  budgetYear: (year: number) => `/medlemsavgifter/${year}`,
  basis: (year: number, memberId: number) => `/medlemsavgifter/${year}/underlag/${memberId}`,
  allocation: '/statlig-fordelning',
  equity: '/eget-kapital',
  charter: '/forbundsordning',
  users: '/anvandare',
  audit: '/granskningslogg',
  account: '/konto',
} as const;

const ID = '([1-9]\\d{0,9})';
const YEAR = '(\\d{4})';

const PATTERNS: [RegExp, (m: number[]) => Route][] = [
  [/^\/medlemmar$/, () => ({ name: 'members' })],
  [new RegExp(`^/medlemmar/${ID}/uttrade$`), ([id = 0]) => ({ name: 'withdrawal', memberId: id })],
  [/^\/medlemsavgifter$/, () => ({ name: 'contributions' })],
  [new RegExp(`^/medlemsavgifter/${YEAR}$`), ([year = 0]) => ({ name: 'budgetYear', year })],
  [
    new RegExp(`^/medlemsavgifter/${YEAR}/underlag/${ID}$`),
    ([year = 0, id = 0]) => ({ name: 'basis', year, memberId: id }),
  ],
  [/^\/statlig-fordelning$/, () => ({ name: 'allocation' })],
  [/^\/eget-kapital$/, () => ({ name: 'equity' })],
  [/^\/forbundsordning$/, () => ({ name: 'charter' })],
  [/^\/anvandare$/, () => ({ name: 'users' })],
  [/^\/granskningslogg$/, () => ({ name: 'audit' })],
  [/^\/konto$/, () => ({ name: 'account' })],
];

/** The permission a page needs in the user's förbund; null: any signed-in user. */
export function routePermission(route: Route): Permission | null {
  switch (route.name) {
    case 'members':
    case 'charter':
      return 'view_association';
    case 'withdrawal':
    case 'contributions':
    case 'budgetYear':
    case 'basis':
    case 'allocation':
    case 'equity':
      return 'view_money';
    case 'users':
      return 'manage_users';
    case 'audit':
      return 'view_audit';
    case 'account':
      return null;
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

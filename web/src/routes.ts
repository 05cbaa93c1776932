/** The app's paths (Swedish, language-neutral) and matching them to pages with their parameters. */

export type Route =
  | { name: 'members' }
  | { name: 'withdrawal'; memberId: number }
  | { name: 'contributions' }
  | { name: 'budgetYear'; year: number }
  | { name: 'basis'; year: number; memberId: number }
  | { name: 'allocation' }
  | { name: 'equity' }
  | { name: 'charter' };

export const paths = {
  members: '/medlemmar',
  withdrawal: (memberId: number) => `/medlemmar/${memberId}/uttrade`,
  contributions: '/medlemsavgifter',
  budgetYear: (year: number) => `/medlemsavgifter/${year}`,
  basis: (year: number, memberId: number) => `/medlemsavgifter/${year}/underlag/${memberId}`,
  allocation: '/statlig-fordelning',
  equity: '/eget-kapital',
  charter: '/forbundsordning',
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
];

/** The signed-in pages of issue 3; null for any other path. */
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

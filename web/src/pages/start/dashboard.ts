/**
 * The start page per role: which sections a user sees, and the sums the sections show. Pure, so
 * that it is tested without a browser. A section is shown for a role that cares about it, and only
 * when the user holds every permission its API calls need (so it is neither requested nor refused).
 */
import type { Permission, Role } from '../../api/accessTypes';
import type { StatTotal, Statistics } from '../../api/followUpTypes';
import type { Contribution, EquityYear, PaymentStatus } from '../../api/moneyTypes';
import type { Referral, ReferralCount, ReferralState } from '../../api/participantsTypes';
import { REFERRAL_STATES } from '../../api/participantsTypes';
import { hasPermission } from '../../session/permissions';
import type { Member, SessionInfo } from '../../api/types';

/** The sections, in the order the page shows them. */
export const SECTIONS = [
  'yearFigures',
  'budget',
  'notices',
  'overdue',
  'contributions',
  'equity',
  'audit',
  'insatser',
  'awaitingDecision',
  'followUps',
  'myReferrals',
  'dataProtection',
] as const;
export type Section = (typeof SECTIONS)[number];

/** What each role cares about (issue: "a start page per role"). */
const BY_ROLE: Record<Role, readonly Section[]> = {
  administrator: ['yearFigures', 'budget', 'notices'],
  board_member: ['yearFigures', 'budget', 'notices'],
  ekonom: ['overdue', 'contributions', 'equity'],
  insatsansvarig: ['insatser'],
  deltagaransvarig: ['insatser', 'awaitingDecision', 'followUps'],
  remittent: ['myReferrals'],
  revisor: ['equity', 'audit'],
  controller_contact: ['dataProtection'],
};

/** The permissions behind each section's API calls (docs/*.md, x-permission in openapi.json). */
export const SECTION_PERMISSIONS: Record<Section, readonly Permission[]> = {
  yearFigures: ['view_association'], // statistics
  budget: ['view_money'], // budgets/{year}
  notices: ['view_association'], // members
  overdue: ['view_money'], // invoices/overdue
  contributions: ['view_money'], // budgets/{year}
  equity: ['view_money'], // equity
  audit: ['view_audit'], // audit
  insatser: ['view_association'], // insatser, insatser/{id}, statistics
  awaitingDecision: ['view_personal', 'manage_participants'], // referrals/summary
  followUps: ['view_personal', 'manage_participants'], // caseload/summary
  myReferrals: ['refer', 'view_personal'], // referrals/summary (or referrals, see myReferralsFromSummary)
  dataProtection: ['confirm_roles', 'data_subject_rights'], // assignments/pending
};

type Access = Pick<SessionInfo, 'user' | 'associations' | 'superuserPermissions'>;

/** The roles that choose the sections: a superuser runs the installation and sees the förbundschef's. */
export function rolesIn(session: Access | null, associationId: number): Role[] {
  if (!session) return [];
  const own = session.associations.find((a) => a.id === associationId)?.roles ?? [];
  const roles = own.filter((r): r is Role => Object.hasOwn(BY_ROLE, r));
  if (session.user.superuser && !roles.includes('administrator')) roles.push('administrator');
  return roles;
}

/** The sections the user sees in the förbund, in page order, each once. */
export function startSections(session: Access | null, associationId: number): Section[] {
  const wanted = new Set(rolesIn(session, associationId).flatMap((r) => BY_ROLE[r]));
  return SECTIONS.filter(
    (s) => wanted.has(s) && SECTION_PERMISSIONS[s].every((p) => hasPermission(session, p, associationId)),
  );
}

/** The period "this year so far": 1 January to today (YYYY-MM-DD). */
export function yearToDate(today: string): { year: number; from: string; to: string } {
  const year = Number(today.slice(0, 4));
  return { year, from: `${year}-01-01`, to: today };
}

export interface PaymentGroup {
  status: PaymentStatus;
  members: number;
  amountOre: number;
}

/**
 * This year's contributions by payment status (paid, invoiced, due), with the number of members
 * and the sum. Members with nothing to pay (Arbetsförmedlingen: FK pays the state half) are left out.
 */
export function paymentSummary(contributions: readonly Contribution[]): PaymentGroup[] {
  const order: PaymentStatus[] = ['paid', 'invoiced', 'due'];
  return order.map((status) => {
    const rows = contributions.filter((c) => c.amountOre > 0 && c.payment.status === status);
    return { status, members: rows.length, amountOre: rows.reduce((sum, c) => sum + c.amountOre, 0) };
  });
}

/** The latest closed year's equity: last year's, or the latest before this year; null when none. */
export function lastClosedEquity(items: readonly EquityYear[], thisYear: number): EquityYear | null {
  let best: EquityYear | null = null;
  for (const item of items) {
    if (item.year < thisYear && (!best || item.year > best.year)) best = item;
  }
  return best;
}

/** Members whose notice of withdrawal is in force (given, not revoked, membership not yet ended). */
export function noticesInForce(members: readonly Member[]): Member[] {
  return members.filter((m) => m.status === 'notice_given' && !!m.notice && !m.notice.revokedOn);
}

function zeroByState(): Record<ReferralState, number> {
  return Object.fromEntries(REFERRAL_STATES.map((s) => [s, 0])) as Record<ReferralState, number>;
}

/** The user's own referrals counted by state (every state, zeros included), as on "Mina remisser". */
export function referralsByState(referrals: readonly Referral[], userId: number): Record<ReferralState, number> {
  const counts = zeroByState();
  for (const r of referrals) {
    if (r.referrerUserId === userId && Object.hasOwn(counts, r.state)) counts[r.state] += 1;
  }
  return counts;
}

/** The summary's counts added up by state over the insatser (every state, zeros included). */
export function summaryByState(items: readonly ReferralCount[]): Record<ReferralState, number> {
  const counts = zeroByState();
  for (const item of items) {
    if (Object.hasOwn(counts, item.state)) counts[item.state] += item.count;
  }
  return counts;
}

/**
 * Whether the referral summary holds only the user's own referrals, so that "Mina remisser" can be
 * counted from it (no person read). The summary covers the caller's whole scope: a user who is also
 * deltagaransvarig there gets the insatser's referrals too, and then only the list can tell their own.
 */
export function myReferralsFromSummary(session: Access | null, associationId: number): boolean {
  return !rolesIn(session, associationId).includes('deltagaransvarig');
}

export interface Waiting {
  insatsId: number;
  count: number;
  /** The earliest referral date among them (YYYY-MM-DD). */
  oldest: string;
}

/**
 * The summary's referrals in `states` per insats, with their count and the oldest date, in the order
 * of `insatsOrder` (then by id). Insatser with none in those states are left out.
 */
export function waitingByInsats(
  items: readonly ReferralCount[],
  states: readonly ReferralState[],
  insatsOrder: readonly number[] = [],
): Waiting[] {
  const by = new Map<number, Waiting>();
  for (const item of items) {
    if (!states.includes(item.state) || item.count <= 0) continue;
    const w = by.get(item.insatsId);
    if (!w) by.set(item.insatsId, { insatsId: item.insatsId, count: item.count, oldest: item.oldestReferredOn });
    else {
      w.count += item.count;
      if (item.oldestReferredOn < w.oldest) w.oldest = item.oldestReferredOn;
    }
  }
  const rank = (id: number) => {
    const i = insatsOrder.indexOf(id);
    return i < 0 ? insatsOrder.length : i;
  };
  return [...by.values()].sort((a, b) => rank(a.insatsId) - rank(b.insatsId) || a.insatsId - b.insatsId);
}

/** The insatser a user works in (staffUserIds from the insats detail), in the catalogue's order. */
export function ownInsatser<T extends { staffUserIds?: number[] }>(insatser: readonly T[], userId: number): T[] {
  return insatser.filter((i) => (i.staffUserIds ?? []).includes(userId));
}

/**
 * A row's total in a statistics answer with insats rows (keyed by the insats's name). An insats
 * without a row had nothing in the period: 0, not hidden.
 */
export function rowTotal(stats: Pick<Statistics, 'rows' | 'rowTotals'>, key: string): StatTotal {
  const i = stats.rows.findIndex((r) => r.key === key);
  if (i < 0) return { value: 0, hidden: false };
  return stats.rowTotals[i] ?? { value: null, hidden: false };
}

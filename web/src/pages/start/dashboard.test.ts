import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../api/accessTypes';
import type { Contribution, EquityYear } from '../../api/moneyTypes';
import type { Referral, ReferralCount } from '../../api/participantsTypes';
import type { Member, SessionInfo } from '../../api/types';
import {
  SECTIONS,
  lastClosedEquity,
  myReferralsFromSummary,
  noticesInForce,
  ownInsatser,
  paymentSummary,
  referralsByState,
  rolesIn,
  rowTotal,
  startSections,
  summaryByState,
  waitingByInsats,
  yearToDate,
} from './dashboard';

/** The demo users' roles and permissions in Insjöriket, as GET /api/v1/session answers them. */
const DEMO: Record<string, { roles: string[]; permissions: string[] }> = {
  forbundschef: {
    roles: ['administrator'],
    permissions: ['view_association', 'manage_association', 'view_money', 'manage_money', 'manage_users', 'view_audit', 'manage_insatser'],
  },
  ekonom: { roles: ['ekonom'], permissions: ['view_association', 'view_money', 'manage_money'] },
  insatsansvarig: { roles: ['insatsansvarig'], permissions: ['view_association', 'manage_insatser'] },
  koordinator: { roles: ['deltagaransvarig'], permissions: ['view_association', 'refer', 'view_personal', 'manage_participants'] },
  remittent: { roles: ['remittent'], permissions: ['view_association', 'refer', 'view_personal'] },
  styrelse: { roles: ['board_member'], permissions: ['view_association', 'view_money'] },
  revisor: { roles: ['revisor'], permissions: ['view_association', 'view_money', 'view_audit'] },
};

function session(user: string, over: Partial<SessionInfo> = {}): SessionInfo {
  const access = DEMO[user];
  return {
    user: { id: 9, username: user, displayName: user, roles: [], superuser: false },
    associations: access ? [{ id: 1, ...access }] : [],
    superuserPermissions: [],
    csrfToken: 'x',
    ...over,
  };
}

const superuser = session('admin', {
  user: { id: 1, username: 'admin', displayName: 'Admin', roles: ['superuser'], superuser: true },
  superuserPermissions: [...PERMISSIONS],
});

describe('startSections', () => {
  it('gives each demo role the sections it cares about, in page order', () => {
    expect(startSections(session('forbundschef'), 1)).toEqual(['yearFigures', 'budget', 'notices']);
    expect(startSections(session('styrelse'), 1)).toEqual(['yearFigures', 'budget', 'notices']);
    expect(startSections(session('ekonom'), 1)).toEqual(['overdue', 'contributions', 'equity']);
    expect(startSections(session('insatsansvarig'), 1)).toEqual(['insatser']);
    expect(startSections(session('koordinator'), 1)).toEqual(['insatser', 'awaitingDecision', 'followUps']);
    expect(startSections(session('remittent'), 1)).toEqual(['myReferrals']);
    expect(startSections(session('revisor'), 1)).toEqual(['equity', 'audit']);
  });

  it('gives the superuser the förbundschef’s sections in any förbund, and nothing personal', () => {
    expect(rolesIn(superuser, 7)).toEqual(['administrator']);
    expect(startSections(superuser, 7)).toEqual(['yearFigures', 'budget', 'notices']);
  });

  it('merges the sections of several roles once each, in page order', () => {
    const both = session('x', {
      associations: [{ id: 1, roles: ['revisor', 'ekonom'], permissions: [...DEMO.revisor!.permissions, 'manage_money'] }],
    });
    expect(startSections(both, 1)).toEqual(['overdue', 'contributions', 'equity', 'audit']);
  });

  it('leaves out a section whose API the user may not call (no request, no 403)', () => {
    // A board member whose role lacks view_money (say a changed permission table) sees no budget.
    const board = session('x', { associations: [{ id: 1, roles: ['board_member'], permissions: ['view_association'] }] });
    expect(startSections(board, 1)).toEqual(['yearFigures', 'notices']);
    // A remittent without view_personal sees no referrals.
    const remittent = session('x', { associations: [{ id: 1, roles: ['remittent'], permissions: ['view_association', 'refer'] }] });
    expect(startSections(remittent, 1)).toEqual([]);
  });

  it('shows nothing in a förbund where the user has no role, nor without a session', () => {
    expect(startSections(session('koordinator'), 2)).toEqual([]);
    expect(startSections(null, 1)).toEqual([]);
    expect(rolesIn(session('x', { associations: [{ id: 1, roles: ['unknown_role'], permissions: ['view_association'] }] }), 1)).toEqual([]);
  });

  it('lists every section once', () => {
    expect(new Set(SECTIONS).size).toBe(SECTIONS.length);
  });
});

describe('yearToDate', () => {
  it('runs from 1 January to today', () => {
    expect(yearToDate('2026-11-22')).toEqual({ year: 2026, from: '2026-01-01', to: '2026-11-22' });
    expect(yearToDate('2027-01-01')).toEqual({ year: 2027, from: '2027-01-01', to: '2027-01-01' });
  });
});

function contribution(name: string, amountOre: number, status: 'due' | 'invoiced' | 'paid'): Contribution {
  return {
    memberId: name.length,
    name,
    partyKind: 'kommun',
    party: 'kommun',
    amountOre,
    basis: { partyTotalOre: 0, weight: 0, weightSum: 0, population: null, sicknessRate: null, percentBp: null },
    payment: { status, invoicedOn: null, dueOn: null, paidOre: 0, paidOn: null, version: 0 },
  };
}

describe('paymentSummary', () => {
  it('counts members and sums amounts per status, paid first; members with nothing to pay left out', () => {
    // The demo's 2026: FK, region, Mölndal and Partille paid; Lerum and Alingsås invoiced; AF (0 kr) due.
    const rows = [
      contribution('Försäkringskassan', 740000000, 'paid'),
      contribution('Arbetsförmedlingen', 0, 'due'),
      contribution('Västra Götalandsregionen', 370000000, 'paid'),
      contribution('Mölndals stad', 139083218, 'paid'),
      contribution('Partille kommun', 75345688, 'paid'),
      contribution('Lerums kommun', 79376342, 'invoiced'),
      contribution('Alingsås kommun', 76194752, 'invoiced'),
    ];
    expect(paymentSummary(rows)).toEqual([
      { status: 'paid', members: 4, amountOre: 1324428906 },
      { status: 'invoiced', members: 2, amountOre: 155571094 },
      { status: 'due', members: 0, amountOre: 0 },
    ]);
  });

  it('gives zeros for a year without contributions', () => {
    expect(paymentSummary([]).map((g) => g.members)).toEqual([0, 0, 0]);
  });
});

function equity(year: number, flagged = false): EquityYear {
  return {
    year, openingOre: 0, receivedOre: 0, costsOre: 0, resultOre: 0, closingOre: year * 100, contributionsOre: 0, equityShareBp: 0, flagged, version: 1,
  };
}

describe('lastClosedEquity', () => {
  it('takes last year, not this year', () => {
    expect(lastClosedEquity([equity(2024, true), equity(2025), equity(2026)], 2026)?.year).toBe(2025);
  });

  it('falls back to the latest year before this one, in any order', () => {
    expect(lastClosedEquity([equity(2023), equity(2021), equity(2027)], 2026)?.year).toBe(2023);
  });

  it('is null without a closed year', () => {
    expect(lastClosedEquity([equity(2026)], 2026)).toBeNull();
    expect(lastClosedEquity([], 2026)).toBeNull();
  });
});

function member(id: number, status: Member['status'], revokedOn: string | null = null): Member {
  return {
    id,
    name: `M${id}`,
    partyKind: 'kommun',
    code: '1489',
    joinedOn: '2006-07-01',
    leftOn: null,
    status,
    notice:
      status === 'active' && !revokedOn
        ? null
        : { givenOn: '2020-06-15', decidedBy: 'kf', reference: 'x', endsOn: '2023-12-31', feeYears: [], revokedOn, revokedReference: null },
  };
}

describe('noticesInForce', () => {
  it('keeps members with a notice given and not revoked; not those who left or revoked', () => {
    const list = [member(1, 'active'), member(2, 'notice_given'), member(3, 'left'), member(4, 'active', '2023-01-01')];
    expect(noticesInForce(list).map((m) => m.id)).toEqual([2]);
  });
});

function referral(id: number, insatsId: number, state: Referral['state'], referredOn: string, referrerUserId = 6): Referral {
  return {
    id, insatsId, personId: id, referringMemberId: 3, referrerUserId, referredOn, targetGroupId: 1, priority: 0, state, returnReason: null,
    eligibilityProblems: [], eligibilityOverridden: false, decidedOn: null, version: 1,
  };
}

describe('referralsByState', () => {
  it('counts the user’s own referrals in every state, zeros included', () => {
    const list = [
      referral(1, 2, 'received', '2026-01-01'),
      referral(2, 2, 'queued', '2026-01-02'),
      referral(3, 3, 'queued', '2026-01-03'),
      referral(4, 3, 'started', '2026-01-04', 5),
    ];
    expect(referralsByState(list, 6)).toEqual({ received: 1, queued: 2, started: 0, returned: 0, withdrawn: 0 });
    expect(referralsByState([], 6)).toEqual({ received: 0, queued: 0, started: 0, returned: 0, withdrawn: 0 });
  });
});

function count(insatsId: number, state: ReferralCount['state'], n: number, oldestReferredOn: string): ReferralCount {
  return { insatsId, state, count: n, oldestReferredOn };
}

/** Like the demo's GET …/referrals/summary for the koordinator (a part of it). */
const SUMMARY = [
  count(1, 'queued', 3, '2026-10-23'),
  count(1, 'started', 253, '2016-11-19'),
  count(2, 'received', 2, '2026-02-27'),
  count(2, 'queued', 10, '2025-11-22'),
  count(3, 'received', 2, '2026-03-06'),
  count(3, 'queued', 9, '2025-11-22'),
  count(3, 'returned', 2, '2026-04-01'),
  count(9, 'received', 1, '2026-05-01'),
];

describe('summaryByState', () => {
  it('adds the counts up by state over the insatser, zeros included', () => {
    expect(summaryByState(SUMMARY)).toEqual({ received: 5, queued: 22, started: 253, returned: 2, withdrawn: 0 });
    expect(summaryByState([])).toEqual({ received: 0, queued: 0, started: 0, returned: 0, withdrawn: 0 });
  });
});

describe('myReferralsFromSummary', () => {
  it('counts a remittent’s own referrals from the summary; not when they are also deltagaransvarig', () => {
    expect(myReferralsFromSummary(session('remittent'), 1)).toBe(true);
    const both = session('x', {
      associations: [{ id: 1, roles: ['remittent', 'deltagaransvarig'], permissions: DEMO.koordinator!.permissions }],
    });
    expect(myReferralsFromSummary(both, 1)).toBe(false);
  });
});

describe('waitingByInsats', () => {
  it('counts the chosen states per insats with the oldest date, in the catalogue’s order', () => {
    expect(waitingByInsats(SUMMARY, ['received'], [2, 9, 3])).toEqual([
      { insatsId: 2, count: 2, oldest: '2026-02-27' },
      { insatsId: 9, count: 1, oldest: '2026-05-01' },
      { insatsId: 3, count: 2, oldest: '2026-03-06' },
    ]);
    // The queue: received and queued together, the oldest of both; without an order, by id.
    expect(waitingByInsats(SUMMARY, ['received', 'queued'])).toEqual([
      { insatsId: 1, count: 3, oldest: '2026-10-23' },
      { insatsId: 2, count: 12, oldest: '2025-11-22' },
      { insatsId: 3, count: 11, oldest: '2025-11-22' },
      { insatsId: 9, count: 1, oldest: '2026-05-01' },
    ]);
    expect(waitingByInsats([], ['received'])).toEqual([]);
    expect(waitingByInsats([count(4, 'received', 0, '2026-01-01')], ['received'])).toEqual([]);
  });
});

describe('ownInsatser', () => {
  it('keeps the insatser the user works in, in the given order', () => {
    const list = [{ id: 1, staffUserIds: [4, 5] }, { id: 2, staffUserIds: [5] }, { id: 10 }, { id: 4, staffUserIds: [4] }];
    expect(ownInsatser(list, 4).map((i) => i.id)).toEqual([1, 4]);
    expect(ownInsatser(list, 5).map((i) => i.id)).toEqual([1, 2]);
    expect(ownInsatser(list, 99)).toEqual([]);
  });
});

describe('rowTotal', () => {
  const stats = {
    rows: [{ key: 'Aktiv Lerum', label: 'Aktiv Lerum' }, { key: 'Balder/Activera', label: 'Balder/Activera' }],
    rowTotals: [{ value: 5, hidden: false }, { value: null, hidden: true }],
  };

  it('finds an insats’s total by its name, hidden as the server says', () => {
    expect(rowTotal(stats, 'Aktiv Lerum')).toEqual({ value: 5, hidden: false });
    expect(rowTotal(stats, 'Balder/Activera')).toEqual({ value: null, hidden: true });
  });

  it('gives 0 for an insats without a row (nothing in the period)', () => {
    expect(rowTotal(stats, 'Primus')).toEqual({ value: 0, hidden: false });
    expect(rowTotal({ rows: [], rowTotals: [] }, 'Primus')).toEqual({ value: 0, hidden: false });
  });
});

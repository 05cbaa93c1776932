import { describe, expect, it } from 'vitest';
import type { Member } from '../../../api/types';
import { buildLookups } from './useLookups';

function member(id: number, name: string, partyKind: Member['partyKind'], status: Member['status'], code: string | null = null): Member {
  return { id, name, partyKind, status, code, joinedOn: '2010-01-01', leftOn: status === 'left' ? '2019-12-31' : null, notice: null, version: 1 };
}

describe('buildLookups', () => {
  const members = [
    member(1, 'Försäkringskassan', 'fk', 'active'),
    member(2, 'Lerums kommun', 'kommun', 'active', '1441'),
    member(3, 'Trelleborgs kommun', 'kommun', 'left', '1287'),
    member(4, 'Alingsås kommun', 'kommun', 'notice_given', '1489'),
  ];
  const lookups = buildLookups(members, [], []);

  it('offers a new referral only members that have not left (a running notice still counts)', () => {
    expect(lookups.currentMembers.map((m) => m.id)).toEqual([1, 2, 4]);
    expect(lookups.currentKommuner.map((m) => m.code)).toEqual(['1441', '1489']);
  });

  it('still names a member that has left, for referrals made while it was one', () => {
    expect(lookups.kommuner.map((m) => m.code)).toEqual(['1441', '1287', '1489']);
    expect(lookups.memberName(3)).toBe('Trelleborgs kommun');
    expect(lookups.kommunName('1287')).toBe('Trelleborgs kommun');
  });
});

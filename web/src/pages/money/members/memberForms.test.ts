import { describe, expect, it } from 'vitest';
import { canRegisterNotice, canRevokeNotice, checkNewMember } from './memberForms';

describe('new member', () => {
  it('needs name, a code of the right shape for regions and kommuner, and a date', () => {
    expect(checkNewMember({ name: '', partyKind: 'kommun', code: '14', joinedOn: '2020-1-1' }).errors).toEqual([
      { field: 'name', code: 'required' },
      { field: 'code', code: 'invalid' },
      { field: 'joinedOn', code: 'invalid' },
    ]);
    expect(checkNewMember({ name: 'X', partyKind: 'region', code: '', joinedOn: '' }).errors).toEqual([
      { field: 'code', code: 'required' },
      { field: 'joinedOn', code: 'required' },
    ]);
  });

  it('sends no code for FK and AF, and trims', () => {
    const ok = checkNewMember({ name: ' Stenungsunds kommun ', partyKind: 'kommun', code: ' 1415', joinedOn: '2024-01-01' });
    expect(ok).toEqual({
      errors: [],
      body: { name: 'Stenungsunds kommun', partyKind: 'kommun', code: '1415', joinedOn: '2024-01-01' },
    });
    expect(checkNewMember({ name: 'FK', partyKind: 'fk', code: '99', joinedOn: '2024-01-01' }).body.code).toBeNull();
  });
});

describe('notice actions', () => {
  const notice = { revokedOn: null };
  it('offer a notice only to active members that may leave', () => {
    expect(canRegisterNotice({ canGiveNotice: true, status: 'active', notice: null })).toBe(true);
    expect(canRegisterNotice({ canGiveNotice: true, status: 'active', notice: { revokedOn: '2023-06-14' } })).toBe(true);
    expect(canRegisterNotice({ canGiveNotice: false, status: 'active', notice: null })).toBe(false);
    expect(canRegisterNotice({ canGiveNotice: true, status: 'notice_given', notice })).toBe(false);
  });

  it('offer a revocation only for a standing notice', () => {
    expect(canRevokeNotice({ status: 'notice_given', notice })).toBe(true);
    expect(canRevokeNotice({ status: 'left', notice })).toBe(false);
    expect(canRevokeNotice({ status: 'active', notice: { revokedOn: '2023-06-14' } })).toBe(false);
  });
});

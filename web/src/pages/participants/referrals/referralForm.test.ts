import { describe, expect, it } from 'vitest';
import { OTHER_KOMMUN, checkEligibilityInput, checkReferral, eligibilityKey, emptyReferral, kommunCode, type ReferralText } from './referralForm';

const TODAY = new Date(2026, 10, 22);
const FILLED: ReferralText = {
  ...emptyReferral(TODAY),
  insatsId: '2',
  referringMemberId: '8',
  personnummer: '000101-1238',
  name: 'Test Testsson',
  kommun: '1489',
  targetGroupId: '1',
  reason: 'Behöver stöd',
};

describe('referral form', () => {
  it('defaults the referral date to today', () => {
    expect(emptyReferral(TODAY).referredOn).toBe('2026-11-22');
  });

  it('normalises the personnummer and builds the body', () => {
    const { errors, body } = checkReferral(FILLED, TODAY, []);
    expect(errors).toEqual([]);
    expect(body).toEqual({
      insatsId: 2, referringMemberId: 8, referredOn: '2026-11-22', personnummer: '20000101-1238', name: 'Test Testsson',
      kommunCode: '1489', targetGroupId: 1, reason: 'Behöver stöd', priority: 0, overrideEligibility: false, protectedIdentity: false,
    });
  });

  it('checks the personnummer on the client with the server codes', () => {
    expect(checkReferral({ ...FILLED, personnummer: '20000101-1239' }, TODAY, []).errors).toEqual([{ field: 'personnummer', code: 'personnummer_checksum' }]);
    expect(checkReferral({ ...FILLED, personnummer: '' }, TODAY, []).errors).toEqual([{ field: 'personnummer', code: 'personnummer_required' }]);
  });

  it('accepts another kommun typed as a code', () => {
    const other = { ...FILLED, kommun: OTHER_KOMMUN, otherKommunCode: ' 1384 ' };
    expect(kommunCode(other)).toBe('1384');
    expect(checkReferral(other, TODAY, []).errors).toEqual([]);
    expect(checkReferral({ ...other, otherKommunCode: '13' }, TODAY, []).errors).toEqual([{ field: 'kommunCode', code: 'invalid' }]);
  });

  it('needs the explicit override when the eligibility check found problems', () => {
    expect(checkReferral(FILLED, TODAY, ['too_old']).errors).toEqual([{ field: 'overrideEligibility', code: 'required' }]);
    expect(checkReferral({ ...FILLED, overrideEligibility: true }, TODAY, ['too_old']).errors).toEqual([]);
  });

  it('asks for every required field; the eligibility check needs fewer', () => {
    const empty = emptyReferral(TODAY);
    expect(checkReferral(empty, TODAY, []).errors.map((e) => e.field)).toEqual([
      'insatsId', 'personnummer', 'kommunCode', 'targetGroupId', 'referringMemberId', 'name',
    ]);
    expect(checkEligibilityInput({ ...FILLED, name: '', referringMemberId: '' }, TODAY).errors).toEqual([]);
    expect(checkReferral({ ...FILLED, referredOn: '2026-11-23' }, TODAY, []).errors).toEqual([{ field: 'referredOn', code: 'future' }]);
  });

  it('needs a new eligibility check when a checked field changes, not the name', () => {
    expect(eligibilityKey({ ...FILLED, name: 'Annan' })).toBe(eligibilityKey(FILLED));
    expect(eligibilityKey({ ...FILLED, insatsId: '1' })).not.toBe(eligibilityKey(FILLED));
  });
});

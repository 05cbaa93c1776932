import { describe, expect, it } from 'vitest';
import { hasFollowUpConsent, withdrawalMakesAnonymous } from '../person/consents';
import { EMPTY_SNAPSHOT, checkEnd, checkStart, supportAfterChange, type StartText } from './snapshotForm';

const SNAPSHOT = { support: ['forsorjningsstod'], monthsOnSupport: '14', education: 'upper_secondary', occupation: 'job_seeking', extentPercent: '50' };

describe('support checkboxes', () => {
  it('make "none" exclusive', () => {
    expect(supportAfterChange([], ['none'])).toEqual(['none']);
    expect(supportAfterChange(['a_kassa', 'sjukpenning'], ['a_kassa', 'sjukpenning', 'none'])).toEqual(['none']);
    expect(supportAfterChange(['none'], ['none', 'a_kassa'])).toEqual(['a_kassa']);
    expect(supportAfterChange(['a_kassa', 'sjukpenning'], ['sjukpenning'])).toEqual(['sjukpenning']);
  });
});

describe('start form', () => {
  const base: StartText = { startedOn: '2026-11-21', consent: 'yes', formReference: 'F-1', atStart: SNAPSHOT };

  it('sends consent and at-start data together', () => {
    expect(checkStart(base, 2)).toEqual({
      errors: [],
      body: {
        startedOn: '2026-11-21',
        version: 2,
        consent: { formReference: 'F-1', givenOn: '2026-11-21' },
        atStart: { support: ['forsorjningsstod'], monthsOnSupport: 14, education: 'upper_secondary', occupation: 'job_seeking', extentPercent: 50 },
      },
    });
  });

  it('without consent sends no follow-up data (the participation is anonymous)', () => {
    expect(checkStart({ ...base, consent: 'no' }, 2)).toEqual({ errors: [], body: { startedOn: '2026-11-21', version: 2 } });
  });

  it('asks for the consent answer, the form reference and each at-start field', () => {
    expect(checkStart({ ...base, consent: '' }, 1).errors).toEqual([{ field: 'consentGiven', code: 'required' }]);
    const errors = checkStart({ ...base, formReference: ' ', atStart: { ...EMPTY_SNAPSHOT, extentPercent: '150' } }, 1).errors;
    expect(errors).toEqual([
      { field: 'formReference', code: 'required' },
      { field: 'atStart.support', code: 'required' },
      { field: 'atStart.monthsOnSupport', code: 'required' },
      { field: 'atStart.education', code: 'required' },
      { field: 'atStart.occupation', code: 'required' },
      { field: 'atStart.extentPercent', code: 'out_of_range' },
    ]);
  });
});

describe('support "Ingen"', () => {
  it('asks for no months on support', () => {
    const none = { ...SNAPSHOT, support: ['none'], monthsOnSupport: '' };
    const { errors, body } = checkEnd({ endedOn: '2026-11-22', exitReason: 'work', atEnd: none }, 3, true);
    expect(errors).toEqual([]);
    expect(body.atEnd).toEqual({ support: ['none'], monthsOnSupport: 0, education: 'upper_secondary', occupation: 'job_seeking', extentPercent: 50 });
  });
});

describe('end form and consent rules', () => {
  it('sends the at-end data only with follow-up consent', () => {
    const text = { endedOn: '2026-11-22', exitReason: 'work', atEnd: SNAPSHOT };
    expect(checkEnd(text, 3, false).body).toEqual({ endedOn: '2026-11-22', exitReason: 'work', version: 3 });
    expect(checkEnd(text, 3, true).body.atEnd?.extentPercent).toBe(50);
    expect(checkEnd({ ...text, exitReason: '' }, 3, false).errors).toEqual([{ field: 'exitReason', code: 'required' }]);
  });

  it('knows when a withdrawal makes the participation anonymous', () => {
    const c = (id: number, purpose: 'follow_up' | 'information_exchange', withdrawnOn: string | null = null) => ({
      id, participationId: 1, purpose, partyMemberId: null, givenOn: '2026-01-01', formReference: 'F', withdrawnOn,
    });
    const p = { anonymous: false, consents: [c(1, 'follow_up'), c(2, 'information_exchange')] };
    expect(hasFollowUpConsent(p)).toBe(true);
    expect(withdrawalMakesAnonymous(p, c(1, 'follow_up'))).toBe(true);
    expect(withdrawalMakesAnonymous(p, c(2, 'information_exchange'))).toBe(false);
    const two = { anonymous: false, consents: [c(1, 'follow_up'), c(3, 'follow_up')] };
    expect(withdrawalMakesAnonymous(two, c(1, 'follow_up'))).toBe(false);
    expect(hasFollowUpConsent({ anonymous: false, consents: [c(1, 'follow_up', '2026-02-01')] })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { Participation } from '../../../api/participantsTypes';
import { checkCorrection, correctionText, REASON_MAX_LENGTH } from './correctionForm';

const snapshot = {
  support: ['sjukpenning' as const],
  monthsOnSupport: 14,
  education: 'upper_secondary' as const,
  occupation: 'job_seeking' as const,
  extentPercent: 25,
};
const ended: Participation = {
  id: 7,
  insatsId: 1,
  personId: 3,
  anonymous: false,
  referralId: 4,
  gender: 'woman',
  startYear: 2025,
  startedOn: '2025-02-03',
  endedOn: '2025-09-30',
  atStart: snapshot,
  atEnd: { ...snapshot, occupation: 'work', extentPercent: 50 },
  exitReason: 'work',
  responsibleUserId: null,
  version: 3,
  consents: [],
};

describe('checkCorrection', () => {
  it('starts from what is recorded and sends the whole state with the reason', () => {
    const text = { ...correctionText(ended), endedOn: '2025-09-15', reason: ' Fel slutdatum ' };
    const { errors, body } = checkCorrection(text, 3, true);
    expect(errors).toEqual([]);
    expect(body).toEqual({
      startedOn: '2025-02-03',
      endedOn: '2025-09-15',
      exitReason: 'work',
      atStart: snapshot,
      atEnd: ended.atEnd,
      reason: 'Fel slutdatum',
      version: 3,
    });
  });

  it('undoes an end: no end date, exit reason or data at end is sent', () => {
    const { errors, body } = checkCorrection({ ...correctionText(ended), ongoing: true, reason: 'Avslutades av misstag' }, 3, true);
    expect(errors).toEqual([]);
    expect(body.endedOn).toBeNull();
    expect(body.exitReason).toBeNull();
    expect(body.atEnd).toBeNull();
  });

  it('asks for the reason, the dates and the exit reason', () => {
    const text = { ...correctionText(ended), startedOn: '2025-02-30', endedOn: '', exitReason: '' };
    expect(checkCorrection(text, 3, false).errors).toEqual([
      { field: 'startedOn', code: 'invalid' },
      { field: 'endedOn', code: 'required' },
      { field: 'exitReason', code: 'required' },
      { field: 'reason', code: 'required' },
    ]);
    const long = { ...correctionText(ended), reason: 'x'.repeat(REASON_MAX_LENGTH + 1) };
    expect(checkCorrection(long, 3, true).errors).toEqual([{ field: 'reason', code: 'too_long' }]);
  });

  it('sends no follow-up data that was never recorded', () => {
    const anonymous = { ...ended, anonymous: true, personId: null, atStart: null, atEnd: null };
    const { errors, body } = checkCorrection({ ...correctionText(anonymous), endedOn: '2025-09-01', reason: 'Fel datum' }, 3, false);
    expect(errors).toEqual([]);
    expect(body.atStart).toBeNull();
    expect(body.atEnd).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { dispositionFilename, participationsCsvPath } from '../../../api';
import { en } from '../../../i18n/en';
import { sv } from '../../../i18n/sv';
import { fieldError } from '../../../forms/fieldErrors';
import { checkExportPeriod, thisYearPeriod } from './exportForm';

describe('participant-level export', () => {
  it('defaults to this calendar year', () => {
    expect(thisYearPeriod('2026-11-22')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('checks the period with the server’s codes and the existing texts', () => {
    expect(checkExportPeriod('2026-01-01', '2026-12-31')).toEqual([]);
    expect(checkExportPeriod('2026-01-01', '2026-01-01')).toEqual([]);
    expect(checkExportPeriod('', '2026-02-30')).toEqual([
      { field: 'from', code: 'required' },
      { field: 'to', code: 'invalid' },
    ]);
    expect(checkExportPeriod('2026-05-01', '2026-04-30')).toEqual([{ field: 'to', code: 'before_from' }]);
    expect(fieldError(sv, 'to', 'before_from', 'till-datum')).toBe('Till-datum kan inte vara före från-datum.');
    expect(fieldError(en, 'from', 'invalid', 'the from date')).toBe('Write the from date as YYYY-MM-DD.');
  });

  it('builds the export’s address and reads the file name the server gives', () => {
    expect(participationsCsvPath(1, '2026-01-01', '2026-12-31')).toBe('/associations/1/participations.csv?from=2026-01-01&to=2026-12-31');
    expect(dispositionFilename('attachment; filename="deltaganden.csv"')).toBe('deltaganden.csv');
    expect(dispositionFilename("attachment; filename*=UTF-8''uppf%C3%B6ljning.csv; filename=\"x.csv\"")).toBe('uppföljning.csv');
    expect(dispositionFilename('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(dispositionFilename('attachment')).toBeNull();
    expect(dispositionFilename(null)).toBeNull();
  });
});

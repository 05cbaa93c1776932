import { describe, expect, it } from 'vitest';
import { checkSetup, emptySetup } from './setupForm';

const filled = {
  ...emptySetup(),
  name: 'Samordningsförbundet Göta älv',
  orgNumber: '222000-4444',
  seat: 'Lerum',
  formedOn: '2027-01-01',
  region: { code: '14', name: 'Västra Götalandsregionen' },
  kommuner: [
    { code: '1440', name: 'Ale kommun' },
    { code: '', name: '' },
    { code: '1441', name: 'Lerums kommun' },
  ],
  referenceYear: '2022',
};

describe('checkSetup', () => {
  it('sends the förbund, its region and the kommuner filled in', () => {
    const { errors, body } = checkSetup(filled);
    expect(errors).toEqual([]);
    expect(body.kommuner).toEqual([
      { code: '1440', name: 'Ale kommun' },
      { code: '1441', name: 'Lerums kommun' },
    ]);
    expect(body.region).toEqual({ code: '14', name: 'Västra Götalandsregionen' });
    expect(body.noticeYears).toBe(3);
    expect(body.referenceYear).toBe(2022);
  });

  it('names each wrong field as the server does', () => {
    const { errors } = checkSetup({
      ...filled,
      region: { code: '1', name: '' },
      kommuner: [
        { code: '14x', name: 'Ale' },
        { code: '1441', name: '' },
      ],
    });
    expect(errors).toEqual([
      { field: 'region.code', code: 'invalid' },
      { field: 'region.name', code: 'required' },
      { field: 'kommuner.0.code', code: 'invalid' },
      { field: 'kommuner.1.name', code: 'required' },
    ]);
    expect(checkSetup({ ...filled, kommuner: [{ code: '', name: '' }] }).errors).toEqual([{ field: 'kommuner', code: 'required' }]);
    // A split by population needs the year whose population it uses; a manual split does not.
    expect(checkSetup({ ...filled, referenceYear: '' }).errors).toEqual([{ field: 'referenceYear', code: 'required' }]);
    expect(checkSetup({ ...filled, referenceYear: '', splitKey: 'manual' }).errors).toEqual([]);
  });
});

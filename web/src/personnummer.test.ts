import { describe, expect, it } from 'vitest';
import { checkPersonnummer, containsPersonnummer, formatPersonnummer, luhnValid, maskPersonnummer } from './personnummer';

const TODAY = new Date(2026, 10, 22);

describe('personnummer', () => {
  it('accepts the demo numbers in 12- and 10-digit form, with or without the dash', () => {
    for (const pnr of ['20000101-1238', '200001011246', '19950505-2325', '20010203-4568', '19880808-3433']) {
      expect(checkPersonnummer(pnr, TODAY).ok, pnr).toBe(true);
    }
    expect(checkPersonnummer('000101-1238', TODAY)).toEqual({ ok: true, normalized: '20000101-1238' });
    expect(checkPersonnummer('9505052325', TODAY)).toEqual({ ok: true, normalized: '19950505-2325' });
    expect(checkPersonnummer(' 20000101-1238 ', TODAY)).toEqual({ ok: true, normalized: '20000101-1238' });
  });

  it('reads + as 100 years or older', () => {
    expect(checkPersonnummer('121212+1212', TODAY)).toEqual({ ok: true, normalized: '19121212-1212' });
    expect(checkPersonnummer('121212-1212', TODAY)).toEqual({ ok: true, normalized: '20121212-1212' });
  });

  it('accepts a samordningsnummer (day + 60)', () => {
    expect(luhnValid('7010632391')).toBe(true);
    expect(checkPersonnummer('701063-2391', TODAY)).toEqual({ ok: true, normalized: '19701063-2391' });
  });

  it('answers with the server codes', () => {
    expect(checkPersonnummer('', TODAY)).toEqual({ ok: false, code: 'personnummer_required' });
    expect(checkPersonnummer('2000-01-01', TODAY)).toEqual({ ok: false, code: 'personnummer_format' });
    expect(checkPersonnummer('20000101+1238', TODAY)).toEqual({ ok: false, code: 'personnummer_format' });
    expect(checkPersonnummer('20000230-1234', TODAY)).toEqual({ ok: false, code: 'personnummer_date' });
    expect(checkPersonnummer('20001301-1234', TODAY)).toEqual({ ok: false, code: 'personnummer_date' });
    expect(checkPersonnummer('20000101-1239', TODAY)).toEqual({ ok: false, code: 'personnummer_checksum' });
    expect(checkPersonnummer('19880808-3434', TODAY)).toEqual({ ok: false, code: 'personnummer_checksum' });
    // 2030-01-01 with a correct check digit is in the future.
    const tail = Array.from({ length: 10 }, (_, d) => `123${d}`).find((x) => luhnValid(`300101${x}`)) ?? '';
    const future = `20300101-${tail}`;
    expect(checkPersonnummer(future, TODAY)).toEqual({ ok: false, code: 'personnummer_future' });
  });

  it('masks all but the date and formats the identity answer', () => {
    expect(maskPersonnummer('20000101-1238')).toBe('20000101-****');
    expect(maskPersonnummer('200001011238')).toBe('20000101-****');
    expect(maskPersonnummer('000101-1238')).toBe('000101-****');
    expect(maskPersonnummer('nonsense')).toBe('****');
    expect(formatPersonnummer('200001011238')).toBe('20000101-1238');
    expect(formatPersonnummer('20000101-1238')).toBe('20000101-1238');
  });

  it('finds the digits in a URL or title (for the tests that forbid them)', () => {
    expect(containsPersonnummer('/deltagare?pnr=200001011238', '20000101-1238')).toBe(true);
    expect(containsPersonnummer('Deltagare 000101-1238', '20000101-1238')).toBe(true);
    expect(containsPersonnummer('/deltagare/639', '20000101-1238')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { bpToInput, oreToInput, parseInteger, parseKronor, parsePercentBp, parseScaled } from './parse';

describe('parseKronor', () => {
  it('reads Swedish kronor to öre', () => {
    expect(parseKronor('14 976 000')).toEqual({ ok: true, value: 1_497_600_000 });
    expect(parseKronor('14976000,50')).toEqual({ ok: true, value: 1_497_600_050 });
    expect(parseKronor('14\u00a0976\u00a0000')).toEqual({ ok: true, value: 1_497_600_000 });
    expect(parseKronor('14\u202f976\u202f000,5')).toEqual({ ok: true, value: 1_497_600_050 });
    expect(parseKronor(' 644116 ')).toEqual({ ok: true, value: 64_411_600 });
    expect(parseKronor('0,07')).toEqual({ ok: true, value: 7 });
    expect(parseKronor('12.5')).toEqual({ ok: true, value: 1250 });
    expect(parseKronor('0')).toEqual({ ok: true, value: 0 });
  });

  it('says why text is not an amount', () => {
    expect(parseKronor('')).toEqual({ ok: false, code: 'required' });
    expect(parseKronor('   ')).toEqual({ ok: false, code: 'required' });
    expect(parseKronor('-5')).toEqual({ ok: false, code: 'negative' });
    expect(parseKronor('\u22125 000')).toEqual({ ok: false, code: 'negative' });
    expect(parseKronor('1,234')).toEqual({ ok: false, code: 'invalid' });
    expect(parseKronor('12 kr')).toEqual({ ok: false, code: 'invalid' });
    expect(parseKronor('1,2,3')).toEqual({ ok: false, code: 'invalid' });
    expect(parseKronor(',5')).toEqual({ ok: false, code: 'invalid' });
    expect(parseKronor('1e6')).toEqual({ ok: false, code: 'invalid' });
    expect(parseKronor('99999999999999999')).toEqual({ ok: false, code: 'invalid' });
  });

  it('takes negatives only when allowed', () => {
    expect(parseKronor('-1 373 000', true)).toEqual({ ok: true, value: -137_300_000 });
    expect(parseKronor('-0', false)).toEqual({ ok: true, value: 0 });
  });
});

describe('other numbers', () => {
  it('parses integers and percents', () => {
    expect(parseInteger('25 412')).toEqual({ ok: true, value: 25_412 });
    expect(parseInteger('2,5')).toEqual({ ok: false, code: 'invalid' });
    expect(parsePercentBp('12,5')).toEqual({ ok: true, value: 1250 });
    expect(parsePercentBp('100')).toEqual({ ok: true, value: 10_000 });
    expect(parsePercentBp('33,333')).toEqual({ ok: false, code: 'invalid' });
    expect(parseScaled('27,3', { decimals: 2 })).toEqual({ ok: true, value: 2730 });
  });

  it('turns stored values back into editable text', () => {
    expect(oreToInput(1_497_600_050)).toBe('14976000,50');
    expect(oreToInput(1_497_600_000)).toBe('14976000');
    expect(oreToInput(-137_300_007)).toBe('-1373000,07');
    expect(bpToInput(1250)).toBe('12,5');
    expect(bpToInput(7500)).toBe('75');
    for (const ore of [0, 7, 1_497_600_050, 64_411_600]) expect(parseKronor(oreToInput(ore))).toEqual({ ok: true, value: ore });
  });
});

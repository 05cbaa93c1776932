import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatMoneyCsv,
  formatMoneyValue,
  formatNumber,
  formatNumberCsv,
  formatPercent,
  formatPercentValue,
} from './format';

const S = '\u00a0';

describe('formatDateTime', () => {
  it('shows unix seconds as the local date and time', () => {
    const local = new Date(2026, 0, 2, 3, 4, 5);
    expect(formatDateTime(local.getTime() / 1000)).toBe('2026-01-02 03:04:05');
    expect(formatDateTime(new Date(2026, 10, 22, 23, 59, 0).getTime() / 1000)).toBe('2026-11-22 23:59:00');
  });

  it('refuses what is not a time', () => {
    expect(() => formatDateTime(Number.NaN)).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it('keeps ISO dates as YYYY-MM-DD', () => {
    expect(formatDate('2006-07-01')).toBe('2006-07-01');
    expect(formatDate('2026-11-22T13:45:00Z')).toBe('2026-11-22');
  });
  it('formats a Date by its local calendar date', () => {
    expect(formatDate(new Date(2020, 2, 14))).toBe('2020-03-14');
  });
  it('rejects garbage', () => {
    expect(() => formatDate('1/7/2006')).toThrow(RangeError);
    expect(() => formatDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('formatNumber', () => {
  it('groups thousands with no-break spaces and uses a decimal comma', () => {
    expect(formatNumber(1234567.5)).toBe(`1${S}234${S}567,5`);
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe(`1${S}000`);
    expect(formatNumber(0)).toBe('0');
  });
  it('uses U+2212 for negatives and never shows minus zero', () => {
    expect(formatNumber(-1234.25)).toBe(`\u22121${S}234,25`);
    expect(formatNumber(-0.001)).toBe('0');
  });
  it('supports fixed and maximum decimals, rounding half away from zero', () => {
    expect(formatNumber(2.5, { decimals: 0 })).toBe('3');
    expect(formatNumber(-2.5, { decimals: 0 })).toBe('\u22123');
    expect(formatNumber(1.2, { decimals: 2 })).toBe('1,20');
    expect(formatNumber(1.23456, { maxDecimals: 3 })).toBe('1,235');
  });
  it('rejects non-finite numbers', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe('formatNumberCsv', () => {
  it('uses ASCII minus, no grouping and a decimal comma', () => {
    expect(formatNumberCsv(-1234567.5)).toBe('-1234567,5');
    expect(formatNumberCsv(1234)).toBe('1234');
    expect(formatNumberCsv(-0.001)).toBe('0');
  });
});

describe('formatPercent', () => {
  it('formats a ratio with one decimal and a no-break space before %', () => {
    expect(formatPercent(0.125)).toBe(`12,5${S}%`);
    expect(formatPercent(0.1)).toBe(`10${S}%`);
    expect(formatPercent(-0.034)).toBe(`\u22123,4${S}%`);
    expect(formatPercent(0.5, { decimals: 1 })).toBe(`50,0${S}%`);
  });

  it('formats a figure already in per cent (the statistics’ share measures) the same way', () => {
    expect(formatPercentValue(31)).toBe(`31${S}%`);
    expect(formatPercentValue(0)).toBe(`0${S}%`);
    expect(formatPercentValue(100)).toBe(`100${S}%`);
    expect(formatPercentValue(12.45)).toBe(`12,5${S}%`);
    expect(formatPercentValue(29)).toBe(formatPercent(0.29));
  });
});

describe('money from integer öre', () => {
  it('shows kr, tkr and mnkr', () => {
    expect(formatMoney(64_400_000, 'tkr')).toBe(`644${S}tkr`);
    expect(formatMoney(64_400_000, 'kr')).toBe(`644${S}000${S}kr`);
    expect(formatMoney(1_390_000_000, 'mnkr')).toBe(`13,9${S}mnkr`);
    expect(formatMoney(12_345, 'kr', 2)).toBe(`123,45${S}kr`);
  });
  it('rounds to the unit and keeps the sign', () => {
    expect(formatMoney(64_450_000, 'tkr')).toBe(`645${S}tkr`);
    expect(formatMoney(-64_400_000, 'tkr')).toBe(`\u2212644${S}tkr`);
  });
  it('formats the value alone for tables with the unit in the header', () => {
    expect(formatMoneyValue(123_456_789_00, 'tkr')).toBe(`123${S}457`);
  });
  it('has an ASCII-minus CSV variant', () => {
    expect(formatMoneyCsv(-123_456_789_00, 'tkr')).toBe('-123457');
    expect(formatMoneyCsv(-1_390_000_000, 'mnkr')).toBe('-13,9');
  });
  it('rejects non-integer öre', () => {
    expect(() => formatMoney(1.5, 'kr')).toThrow(RangeError);
  });
});

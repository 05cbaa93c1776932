import { describe, expect, it } from 'vitest';
import { exactAmountOre, formatShare, shareRatio, sicknessDays } from './basis';

describe('basis arithmetic', () => {
  it('gives the share of the weight sum', () => {
    expect(shareRatio(1, 4)).toBe(0.25);
    expect(shareRatio(5, 0)).toBe(0);
    expect(formatShare(1, 4)).toBe('25,0000\u00a0%');
    expect(formatShare(25_412, 135_000)).toBe('18,8237\u00a0%');
    expect(formatShare(1, 3, 2)).toBe('33,33\u00a0%');
  });

  it('computes the exact amount and sickness days', () => {
    expect(exactAmountOre(374_400_000, 1, 4)).toBe(93_600_000);
    expect(exactAmountOre(100, 1, 3)).toBeCloseTo(33.333, 3);
    expect(exactAmountOre(100, 1, 0)).toBe(0);
    expect(sicknessDays(2730)).toBe(27.3);
  });
});

/** The arithmetic shown on the invoice basis (underlag) of one member's contribution. */
import { formatPercent } from '../../format';

/** weight / weightSum as a ratio (0 when the sum is 0). */
export function shareRatio(weight: number, weightSum: number): number {
  return weightSum === 0 ? 0 : weight / weightSum;
}

/** The share as a percentage with four decimals: 25 412 / 135 000 → "18,8237 %". */
export function formatShare(weight: number, weightSum: number, decimals = 4): string {
  return formatPercent(shareRatio(weight, weightSum), { decimals });
}

/** Ohälsotal is stored in hundredths of a day: 2730 → 27.3. */
export function sicknessDays(rate: number): number {
  return rate / 100;
}

/** The amount the key gives before rounding to whole öre: partyTotal × weight / weightSum. */
export function exactAmountOre(partyTotalOre: number, weight: number, weightSum: number): number {
  return weightSum === 0 ? 0 : (partyTotalOre * weight) / weightSum;
}

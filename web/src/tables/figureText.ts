import { formatMoneyValue, formatNumber, formatPercentValue } from '../format';

/** A shown figure: money (öre) in whole kronor, per cent with its sign (`31 %`), others as numbers; null when there is none. */
export function figureText(value: number | null, money: boolean, percent = false): string | null {
  if (value === null) return null;
  if (money) return formatMoneyValue(Math.round(value), 'kr');
  return percent ? formatPercentValue(value) : formatNumber(value);
}

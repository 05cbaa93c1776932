/**
 * The one formatting module. Conventions (shared/UI.md):
 * dates YYYY-MM-DD; numbers `1 234 567,5` with U+00A0 (no-break space) between thousands and a
 * decimal comma; percent `12,5 %`; money is stored as integer öre and shown in kr, tkr or mnkr.
 * Display output uses U+2212 (minus sign) for negatives; the *Csv variants use ASCII '-',
 * no thousands separator and a decimal comma, for Swedish Excel.
 */

export const NBSP = '\u00a0';
export const MINUS = '\u2212';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A date as YYYY-MM-DD. Accepts an ISO date/date-time string or a Date (local calendar date). */
export function formatDate(value: string | Date): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Invalid date');
    const y = String(value.getFullYear()).padStart(4, '0');
    const m = String(value.getMonth() + 1).padStart(2, '0');
    const d = String(value.getDate()).padStart(2, '0');
    return `${y}-${m}-${d}`;
  }
  const match = ISO_DATE.exec(value);
  if (!match) throw new RangeError(`Not an ISO date: ${value}`);
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** Unix seconds as the local date and time `YYYY-MM-DD HH:MM:SS` (the browser's time zone). */
export function formatDateTime(unixSeconds: number): string {
  if (!Number.isFinite(unixSeconds)) throw new RangeError(`Not a time: ${unixSeconds}`);
  const date = new Date(unixSeconds * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

export interface NumberOptions {
  /** Fixed number of decimals. Default: up to `maxDecimals`, trailing zeros dropped. */
  decimals?: number;
  /** Maximum decimals when `decimals` is not given. Default 2. */
  maxDecimals?: number;
}

/** Splits |value| into integer and fraction digit strings, rounded half away from zero. */
function digits(value: number, opts: NumberOptions): { negative: boolean; int: string; frac: string } {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const min = opts.decimals ?? 0;
  const max = opts.decimals ?? opts.maxDecimals ?? 2;
  const text = new Intl.NumberFormat('en-US', {
    useGrouping: false,
    minimumFractionDigits: min,
    maximumFractionDigits: max,
    roundingMode: 'halfExpand',
  }).format(Math.abs(value));
  const [int = '0', frac = ''] = text.split('.');
  const isZero = /^0*$/.test(int + frac);
  return { negative: value < 0 && !isZero, int, frac };
}

function group(int: string, separator: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** `1234567.5` → `1 234 567,5` (no-break spaces, U+2212 for negatives). */
export function formatNumber(value: number, opts: NumberOptions = {}): string {
  const { negative, int, frac } = digits(value, opts);
  return (negative ? MINUS : '') + group(int, NBSP) + (frac ? ',' + frac : '');
}

/** For CSV: `-1234567,5` (ASCII minus, no grouping, decimal comma). */
export function formatNumberCsv(value: number, opts: NumberOptions = {}): string {
  const { negative, int, frac } = digits(value, opts);
  return (negative ? '-' : '') + int + (frac ? ',' + frac : '');
}

/** A ratio as percent: `0.125` → `12,5 %` (at most one decimal unless told). */
export function formatPercent(ratio: number, opts: NumberOptions = { maxDecimals: 1 }): string {
  return formatPercentValue(ratio * 100, opts);
}

/** A figure already in per cent (the API's `percent: true`): `31` → `31 %`, `12.5` → `12,5 %`. */
export function formatPercentValue(percent: number, opts: NumberOptions = { maxDecimals: 1 }): string {
  return formatNumber(percent, opts) + NBSP + '%';
}

export type MoneyUnit = 'kr' | 'tkr' | 'mnkr';

const ORE_PER_UNIT: Record<MoneyUnit, number> = { kr: 100, tkr: 100_000, mnkr: 100_000_000 };
const DEFAULT_DECIMALS: Record<MoneyUnit, number> = { kr: 0, tkr: 0, mnkr: 1 };

function assertOre(ore: number): void {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`Money must be integer öre: ${ore}`);
}

/** The amount in `unit` without the unit, for tables that put the unit in the column header. */
export function formatMoneyValue(ore: number, unit: MoneyUnit, decimals = DEFAULT_DECIMALS[unit]): string {
  assertOre(ore);
  return formatNumber(ore / ORE_PER_UNIT[unit], { decimals });
}

/** `64_400_000` öre in tkr → `644 tkr`. */
export function formatMoney(ore: number, unit: MoneyUnit, decimals = DEFAULT_DECIMALS[unit]): string {
  return formatMoneyValue(ore, unit, decimals) + NBSP + unit;
}

/** For CSV: the amount in `unit`, ASCII minus, no grouping, decimal comma, no unit. */
export function formatMoneyCsv(ore: number, unit: MoneyUnit, decimals = DEFAULT_DECIMALS[unit]): string {
  assertOre(ore);
  return formatNumberCsv(ore / ORE_PER_UNIT[unit], { decimals });
}

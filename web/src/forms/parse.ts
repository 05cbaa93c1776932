/**
 * Parsing of numbers typed the Swedish way: spaces (also no-break) between thousands, a decimal comma
 * (a point is accepted too). Results are scaled integers, so money never passes through floats.
 */

export type ParseCode = 'required' | 'invalid' | 'negative';
export type ParseResult = { ok: true; value: number } | { ok: false; code: ParseCode };

interface ScaledOptions {
  /** Decimals kept: the result is the number × 10^decimals. More typed decimals are invalid. */
  decimals: number;
  allowNegative?: boolean;
}

const SPACES = /[\s\u00a0\u202f]/g;
const NUMBER = /^(\d+)(?:[,.](\d+))?$/;

/** "1 234,5" with 2 decimals → 123450. */
export function parseScaled(text: string, { decimals, allowNegative = false }: ScaledOptions): ParseResult {
  let compact = text.replace(SPACES, '');
  if (compact === '') return { ok: false, code: 'required' };
  let negative = false;
  if (/^[-\u2212]/.test(compact)) {
    negative = true;
    compact = compact.slice(1);
  }
  const match = NUMBER.exec(compact);
  if (!match) return { ok: false, code: 'invalid' };
  const [, int = '', frac = ''] = match;
  if (frac.length > decimals) return { ok: false, code: 'invalid' };
  const scaled = BigInt(int + frac.padEnd(decimals, '0'));
  if (scaled > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, code: 'invalid' };
  const value = Number(scaled);
  if (negative && value !== 0 && !allowNegative) return { ok: false, code: 'negative' };
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

/** Kronor text to integer öre: "14 976 000" → 1 497 600 000; "14976000,50" → 1 497 600 050. */
export function parseKronor(text: string, allowNegative = false): ParseResult {
  return parseScaled(text, { decimals: 2, allowNegative });
}

/** A whole number such as a population: "25 412" → 25412. */
export function parseInteger(text: string): ParseResult {
  return parseScaled(text, { decimals: 0 });
}

/** A percentage to basis points: "12,5" → 1250 (at most two decimals). */
export function parsePercentBp(text: string): ParseResult {
  return parseScaled(text, { decimals: 2 });
}

/** Öre to the text a kronor input starts with: 1 497 600 050 → "14976000,50" (no grouping, editable). */
export function oreToInput(ore: number): string {
  const negative = ore < 0;
  const abs = Math.abs(ore);
  const kr = Math.floor(abs / 100);
  const rest = abs % 100;
  return (negative ? '-' : '') + String(kr) + (rest ? ',' + String(rest).padStart(2, '0') : '');
}

/** Basis points to an editable percent text: 1250 → "12,5". */
export function bpToInput(bp: number): string {
  return String(bp / 100).replace('.', ',');
}

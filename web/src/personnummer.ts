/**
 * Swedish personnummer on the client: format, date (samordningsnummer: day + 60), Luhn check digit.
 * The server is authoritative; this gives early feedback with the server's codes. Never log,
 * store or put the number in a URL or title.
 */

export type PersonnummerCode =
  | 'personnummer_required'
  | 'personnummer_format'
  | 'personnummer_date'
  | 'personnummer_checksum'
  | 'personnummer_future';

export type PersonnummerCheck = { ok: true; normalized: string } | { ok: false; code: PersonnummerCode };

const PATTERN = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})$/;

/** The Luhn check over the ten digits YYMMDDNNNC. */
export function luhnValid(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

function isoDay(today: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

/** The century for a 10-digit number: the latest birth not in the future; `+` adds 100 years. */
function century(yy: number, plus: boolean, today: Date): number {
  const year = today.getFullYear();
  let full = year - ((year - yy) % 100 + 100) % 100;
  if (plus) full -= 100;
  return Math.floor(full / 100);
}

/** Checks `text` (10 or 12 digits, optional `-`/`+`); `normalized` is `YYYYMMDD-NNNN`. */
export function checkPersonnummer(text: string, today: Date = new Date()): PersonnummerCheck {
  const value = text.trim().replace(/\s+/g, '');
  if (value === '') return { ok: false, code: 'personnummer_required' };
  const m = PATTERN.exec(value);
  if (!m) return { ok: false, code: 'personnummer_format' };
  const [, cc, yy = '', mm = '', dd = '', sep = '', tail = ''] = m;
  if (cc !== undefined && sep === '+') return { ok: false, code: 'personnummer_format' };
  const cent = cc !== undefined ? Number(cc) : century(Number(yy), sep === '+', today);
  const year = cent * 100 + Number(yy);
  const month = Number(mm);
  const rawDay = Number(dd);
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, code: 'personnummer_date' };
  }
  if (!luhnValid(`${yy}${mm}${dd}${tail}`)) return { ok: false, code: 'personnummer_checksum' };
  const birth = `${String(year).padStart(4, '0')}-${mm}-${String(day).padStart(2, '0')}`;
  if (birth > isoDay(today)) return { ok: false, code: 'personnummer_future' };
  return { ok: true, normalized: `${String(year).padStart(4, '0')}${mm}${dd}-${tail}` };
}

/** `200001011238` or `20000101-1238` → `20000101-1238` (other text unchanged). */
export function formatPersonnummer(text: string): string {
  const m = /^(\d{8})-?(\d{4})$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]}` : text;
}

/** `20000101-1238` → `20000101-****`: only the date part shows. */
export function maskPersonnummer(text: string): string {
  const m = /^(\d{6,8})[-+]?\d{4}$/.exec(text.trim());
  return m ? `${m[1]}-****` : '****';
}

/** True when `haystack` contains the number's digits (12 or 10 of them), for tests of URLs and titles. */
export function containsPersonnummer(haystack: string, personnummer: string): boolean {
  const digits = personnummer.replace(/\D/g, '');
  const plain = haystack.replace(/\D/g, '');
  return plain.includes(digits) || (digits.length === 12 && plain.includes(digits.slice(2)));
}

import type { BrowserContext } from '@playwright/test';

/**
 * The date the suite runs as. `SAMORDNA_TODAY` (YYYY-MM-DD) moves the server's clock in test builds
 * (src/app/system_clock.cpp); the same variable moves the tests' own clock and the browser's, by the same
 * whole number of days, so that "this year" and "today" mean the same to all three.
 */
const TODAY = process.env.SAMORDNA_TODAY || undefined;
const DAY_MS = 86_400_000;

/** The civil date in Sweden of an instant, as YYYY-MM-DD (what the server calls today). */
function swedishDate(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(at);
}

function offsetMs(): number {
  if (!TODAY) return 0;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(TODAY)) throw new Error(`SAMORDNA_TODAY is not a date (YYYY-MM-DD): ${TODAY}`);
  const days = (Date.parse(TODAY) - Date.parse(swedishDate(new Date()))) / DAY_MS;
  return Math.round(days) * DAY_MS;
}

const OFFSET_MS = offsetMs();

/** Now, as the suite runs: the real time, moved by SAMORDNA_TODAY's whole days when it is set. */
export function now(): Date {
  return new Date(Date.now() + OFFSET_MS);
}

/** Gives a browser context the suite's clock (nothing to do when the suite runs as today). */
export async function useSuiteClock(context: BrowserContext): Promise<void> {
  if (OFFSET_MS !== 0) await context.clock.install({ time: now() });
}

/** This year, as the suite runs. */
export function thisYear(): number {
  return now().getFullYear();
}

/** The demo has budgets and equity from 2017 up to this year (2026 at the least). */
export function demoLastYear(): number {
  return Math.max(2026, thisYear());
}

/**
 * The date `days` from today (negative: before) as YYYY-MM-DD, today being the Swedish date moved by
 * SAMORDNA_TODAY's whole days, as the server counts it.
 */
export function isoDaysFromToday(days: number): string {
  const today = Date.parse(swedishDate(new Date())) + OFFSET_MS;
  return new Date(today + days * DAY_MS).toISOString().slice(0, 10);
}

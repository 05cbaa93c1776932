/** Shared steps of the insatser/referral/queue/participant specs (issue 4). */
import { expect, type Page } from '@playwright/test';
import { containsPersonnummer } from '../src/personnummer';

export interface ReferralData {
  insats: string;
  member: string;
  personnummer: string;
  name: string;
  kommunCode: string;
  targetGroup: string;
}

/** Fills in the remiss form (the page must show it). */
export async function fillReferral(page: Page, r: ReferralData): Promise<void> {
  await page.locator('#referral-insatsId').selectOption({ label: r.insats });
  await page.locator('#referral-referringMemberId').selectOption({ label: r.member });
  await page.locator('#referral-personnummer').fill(r.personnummer);
  await page.locator('#referral-name').fill(r.name);
  await page.locator('#referral-kommun').selectOption(r.kommunCode);
  await page.locator('#referral-targetGroupId').selectOption({ label: r.targetGroup });
  await page.locator('#referral-reason').fill('Behöver stöd mot arbete');
}

/** The personnummer is in neither the address, the title nor localStorage. */
export async function expectPersonnummerHidden(page: Page, personnummer: string): Promise<void> {
  expect(containsPersonnummer(page.url(), personnummer), page.url()).toBe(false);
  expect(containsPersonnummer(await page.title(), personnummer)).toBe(false);
  const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }));
  expect(containsPersonnummer(stored, personnummer)).toBe(false);
}

export const UNGA = 'Unga vuxna med psykisk ohälsa';
export const LANGVARIGT = 'Långvarigt beroende av försörjningsstöd eller långtidssjukskrivna';

/**
 * A valid personnummer (YYYYMMDD-NNNC) of someone born on `monthDay` ("MM-DD") of `year`, with the three-digit
 * `serial` and its Luhn check digit. Tests that need a person of some age make one born that many years ago.
 */
export function personnummerBornIn(year: number, monthDay: string, serial: string): string {
  const date = `${year}${monthDay.replace('-', '')}`;
  const nine = `${date.slice(2)}${serial}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return `${date}-${serial}${(10 - (sum % 10)) % 10}`;
}

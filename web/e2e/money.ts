/** Shared steps of the members-and-money specs. */
import { expect, type Browser, type Page } from '@playwright/test';
import { en } from '../src/i18n/en';
import { sv } from '../src/i18n/sv';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  expectNoNorwegian,
  expectPageStructure,
  login,
  openPage,
  screenshot,
  signedInAt,
  type Lang,
} from './helpers';
import { ADMIN_USER } from './env';

export const DICT = { sv, en } as const;

/** A signed-in page in `lang` at `path`. */
export async function signedIn(browser: Browser, lang: Lang, path: string) {
  const opened = await openPage(browser, { lang });
  await signedInAt(opened.page, ADMIN_USER, path, login);
  await expect(opened.page.locator('html')).toHaveAttribute('lang', lang);
  return opened;
}

/** Structure, axe, no Norwegian, screenshots at full width and at 320 px (with axe again). */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expectPageStructure(page);
  await expectNoAxeViolations(page);
  await expectNoNorwegian(page);
  await screenshot(page, name);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await screenshot(page, `${name}-320`);
  if (size) await page.setViewportSize(size);
}

/** After a failed submit: the summary has focus and contains `text`. */
export async function expectErrorSummary(page: Page, text: string | RegExp): Promise<void> {
  const summary = page.locator('ds-error-summary, .ds-error-summary').first();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(text);
}

/** The cells (th and td) of the row (body or foot) whose header is `name`. */
export function rowCells(page: Page, tableName: string | RegExp, name: string) {
  return page
    .getByRole('table', { name: tableName })
    .locator('tr')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
    .locator('th, td');
}

/**
 * Expects a row of protected figures (disclosure control: counts shown within ±2 of the exact ones, the same
 * for the same people): its header, then each figure ".." where `exact` is null, else a number at most 2 off.
 */
export async function expectProtectedRow(page: Page, tableName: string | RegExp, name: string, exact: (number | null)[]) {
  const cells = rowCells(page, tableName, name);
  await expect(cells).toHaveCount(exact.length + 1);
  await expect(cells.first()).toHaveText(name);
  const texts = await cells.allTextContents();
  exact.forEach((value, i) => {
    const text = (texts[i + 1] ?? '').replace(/\s/g, '');
    if (value === null) expect(text).toBe('..');
    else expect(Math.abs(Number(text) - value), `${name}: ${text} against ${value}`).toBeLessThanOrEqual(2);
  });
}

/** Serves a 409 version_conflict for the next matching request, then lets requests through. */
export async function conflictOnce(page: Page, url: string | RegExp): Promise<void> {
  let done = false;
  await page.route(url, async (route) => {
    if (done || route.request().method() === 'GET') return route.fallback();
    done = true;
    await route.fulfill({
      status: 409,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'about:blank', title: 'Conflict', status: 409, code: 'version_conflict', current: {} }),
    });
  });
}

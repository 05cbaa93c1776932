/** Shared steps of the access specs (issue 6): signing in as one of the demo's users. */
import { expect, type Browser, type Page } from '@playwright/test';
import { DEMO_ASSOCIATION, adminPassword } from './env';
import { openPage, signedInAt, type Lang } from './helpers';
import { keepSession } from './sessions';
import { DICT } from './money';

/** The demo's users in Insjöriket; all have the admin's password. */
export type DemoUser = 'admin' | 'forbundschef' | 'ekonom' | 'insatsansvarig' | 'koordinator' | 'remittent' | 'styrelse' | 'revisor' | 'dataskydd';

/** Fills in and sends the login form (the page must show it). */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('form button[type="submit"]').click();
}

/** Signs in through the form (always: a kept session is only resumed by signedInAs), and keeps the session. */
export async function loginAs(page: Page, user: DemoUser, password = adminPassword()): Promise<void> {
  await page.goto('/login');
  await submitLogin(page, user, password);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_ASSOCIATION);
  await keepSession(page.context(), user);
}

/**
 * A fresh context signed in as `user`, in `lang`, at `path`: with the session kept from earlier in this worker, or
 * through the form when there is none or `throughForm` (a test of the login itself: its audit event, a session of its own).
 */
export async function signedInAs(browser: Browser, user: DemoUser, lang: Lang, path: string, options: { throughForm?: boolean } = {}) {
  const opened = await openPage(browser, { lang });
  if (options.throughForm) {
    await loginAs(opened.page, user);
    await opened.page.goto(path);
  } else {
    await signedInAt(opened.page, user, path, (page) => loginAs(page, user));
  }
  await expect(opened.page.locator('html')).toHaveAttribute('lang', lang);
  return opened;
}

/** The texts of the main menu's links. */
export async function menuLinks(page: Page, lang: Lang): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: DICT[lang].header.mainNav });
  await expect(nav.getByRole('link', { name: DICT[lang].header.start, exact: true })).toBeVisible();
  return nav.getByRole('link').allInnerTexts();
}

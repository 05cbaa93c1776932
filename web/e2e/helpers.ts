import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findNorwegian } from '../src/i18n/norwegian';
import { useSuiteClock } from './clock';
import { ADMIN_USER, BASE_URL, DEMO_ASSOCIATION, adminPassword } from './env';
import { keepSession, resumeSession } from './sessions';

export type Lang = 'sv' | 'en';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'test-results', 'screenshots');

/** A fresh context (axe needs pages from browser.newContext()) with the UI language preset. */
export async function openPage(
  browser: Browser,
  options: { lang?: Lang; width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'sv-SE',
    viewport: { width: options.width ?? 1366, height: options.height ?? 800 },
  });
  await useSuiteClock(context);
  if (options.lang) {
    const lang = options.lang;
    await context.addInitScript((l) => window.localStorage.setItem('samordna.lang', l), lang);
  }
  const page = await context.newPage();
  return { context, page };
}

/** Signs in as the admin (with a session kept from earlier in this worker, if the server still accepts it): the start page. */
export async function login(page: Page): Promise<void> {
  if (await resumeSession(page.context(), ADMIN_USER)) {
    await page.goto('/');
  } else {
    await page.goto('/login');
    await page.locator('#username').fill(ADMIN_USER);
    await page.locator('#password').fill(adminPassword());
    await page.locator('form button[type="submit"]').click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_ASSOCIATION);
  await expect(page.getByRole('status')).toHaveText(/\b8\b/);
  await keepSession(page.context(), ADMIN_USER);
}

/** The page signed in as `user` at `path`: with the kept session if the server still accepts it, else by `signIn`. */
export async function signedInAt(page: Page, user: string, path: string, signIn: (page: Page) => Promise<void>): Promise<void> {
  if (!(await resumeSession(page.context(), user))) await signIn(page);
  await page.goto(path);
}

/**
 * Runs axe with the WCAG 2.1 A/AA tags and fails with a readable list of violations. In axe's legacy mode: the app
 * has no frames, and without it every run opened a blank page to gather the frames' results, which doubled the
 * run's time (1.4–1.9 s against 0.75–0.95 s on the start page, with the same results).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
  expect(summary).toEqual([]);
}

/** Visible text, accessible-name attributes and the title must contain no Norwegian. */
export async function expectNoNorwegian(page: Page): Promise<void> {
  const text = await page.evaluate(() => {
    const attrs = Array.from(document.querySelectorAll('[aria-label],[title],[placeholder],[alt],[data-label]')).flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'alt', 'data-label'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.title, document.body.innerText, ...attrs].join('\n');
  });
  expect(findNorwegian(text)).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Exactly one h1, and the landmarks every page has. */
export async function expectPageStructure(page: Page): Promise<void> {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  expect(await page.getByRole('navigation').count()).toBeGreaterThanOrEqual(1);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

import { expect, test, type Page } from './fixtures';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  expectNoNorwegian,
  expectPageStructure,
  login,
  openPage,
  screenshot,
  type Lang,
} from './helpers';

interface PageCase {
  name: string;
  signedIn: boolean;
  /** Brings the page into the state to test. */
  open: (page: Page) => Promise<void>;
}

const submitEmpty = async (page: Page) => {
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('ds-error-summary')).toBeFocused();
};

const CASES: PageCase[] = [
  { name: 'login', signedIn: false, open: (p) => p.goto('/login').then(() => undefined) },
  { name: 'login-errors', signedIn: false, open: (p) => p.goto('/login').then(() => submitEmpty(p)) },
  { name: 'statement', signedIn: false, open: (p) => p.goto('/tillganglighet').then(() => undefined) },
  { name: 'not-found', signedIn: false, open: (p) => p.goto('/finns-inte').then(() => undefined) },
  { name: 'start', signedIn: true, open: (p) => p.goto('/').then(() => expect(p.getByRole('table')).toBeVisible()) },
  { name: 'statement-signed-in', signedIn: true, open: (p) => p.goto('/tillganglighet').then(() => undefined) },
  { name: 'not-found-signed-in', signedIn: true, open: (p) => p.goto('/x').then(() => undefined) },
];

for (const lang of ['sv', 'en'] as Lang[]) {
  for (const c of CASES) {
    test(`${c.name} (${lang}): axe, structure, no Norwegian, 320 px, screenshots`, async ({ browser }) => {
      const { context, page } = await openPage(browser, { lang });
      if (c.signedIn) await login(page);
      await c.open(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toBeVisible();

      await expectPageStructure(page);
      await expectNoAxeViolations(page);
      await expectNoNorwegian(page);
      await screenshot(page, `${c.name}-${lang}`);

      await page.setViewportSize({ width: 320, height: 640 });
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
      await screenshot(page, `${c.name}-${lang}-320`);
      await context.close();
    });
  }
}

test('start page prints without header tools and navigation', async ({ browser }) => {
  const { context, page } = await openPage(browser, { lang: 'sv' });
  await login(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(8);
  await screenshot(page, 'start-sv-print');
  await context.close();
});

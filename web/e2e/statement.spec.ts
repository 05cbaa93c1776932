import { expect, test } from './fixtures';
import { expectNoAxeViolations, login, openPage } from './helpers';

test('accessibility statement is reachable before login, from the footer', async ({ browser }) => {
  const { context, page } = await openPage(browser);
  await page.goto('/login');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
  await expect(page).toHaveURL(/\/tillganglighet$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tillgänglighetsredogörelse');
  await expect(page.getByRole('main')).toBeFocused();
  const main = page.getByRole('main');
  await expect(main).toContainText('delvis förenlig');
  await expect(main).toContainText('WCAG 2.1');
  await expect(main).toContainText('2018:1937');
  await expect(main).toContainText(/EN\s301\s549/);
  await expect(main).toContainText('2026-11-22');
  await expect(main).toContainText('axe-core');
  // Every page with a chart is named among the known gaps (each chart has its data in a table under it).
  const charts = main.getByRole('listitem').filter({ hasText: 'diagram' });
  await expect(charts).toHaveCount(1);
  for (const name of ['Medlemsavgifter', 'Statistik', 'Uppföljning Finsam']) await expect(charts).toContainText(name);
  await expect(main.getByRole('link', { name: 'tillganglighet@exempel.se' })).toHaveAttribute(
    'href',
    'mailto:tillganglighet@exempel.se',
  );
  await expect(main.getByRole('link', { name: /DIGG/ })).toHaveAttribute('href', 'https://www.digg.se/tdosanmalan');
  await expectNoAxeViolations(page);
  await context.close();
});

test('accessibility statement is loadable directly and linked when signed in', async ({ browser }) => {
  const { context, page } = await openPage(browser);
  await page.goto('/tillganglighet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tillgänglighetsredogörelse');
  await login(page);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tillgänglighetsredogörelse');
  await context.close();
});

test('unknown paths show a 404 page with a link home', async ({ browser }) => {
  const { context, page } = await openPage(browser);
  await page.goto('/finns/inte');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan hittades inte');
  await expect(page).toHaveTitle('Sidan hittades inte – Samordna');
  await expectNoAxeViolations(page);
  await page.getByRole('main').getByRole('link', { name: 'Till startsidan' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await context.close();
});

test('Tab reaches the skip link first, and it moves focus to main', async ({ browser }) => {
  const { context, page } = await openPage(browser);
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till huvudinnehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#username')).toBeFocused();
  await context.close();
});

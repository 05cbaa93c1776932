/**
 * Printing: pages print as content only (no navigation, menus, buttons or form controls), and the
 * follow-up pages print as a report with their heading, period, förbund and the kommun chosen.
 */
import { expect, test, type Page } from './fixtures';
import { now } from './clock';
import { formatDate } from '../src/format';
import { signedInAs } from './access';
import { DEMO_ASSOCIATION } from './env';
import { screenshot } from './helpers';
import { DICT } from './money';

const t = DICT.sv;

async function expectChromeHidden(page: Page) {
  await expect(page.getByRole('navigation', { name: t.header.mainNav })).toBeHidden();
  await expect(page.getByRole('button', { name: t.header.logout })).toBeHidden();
  await expect(page.getByRole('link', { name: t.header.account })).toBeHidden();
  await expect(page.getByRole('link', { name: t.skipLink })).toBeHidden();
  // No button or form control of the page itself prints.
  for (const selector of ['main button', 'main input', 'main select', 'main textarea', 'main form']) {
    for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
  }
}

test('print: the start page and Statistik print without navigation, with their tables', async ({ browser }) => {
  // The start page of the styrelse: sections with figures, the members' table; the links onwards do not print.
  const start = await signedInAs(browser, 'styrelse', 'sv', '/');
  const year = Number(formatDate(now()).slice(0, 4));
  await expect(start.page.locator('#start-participations')).toBeVisible();
  await start.page.emulateMedia({ media: 'print' });
  await expectChromeHidden(start.page);
  await expect(start.page.getByRole('heading', { level: 1 })).toHaveText(DEMO_ASSOCIATION);
  await expect(start.page.getByRole('table', { name: t.start.membersTitle })).toBeVisible();
  await expect(start.page.getByRole('table', { name: t.start.membersTitle }).locator('tbody tr')).toHaveCount(8);
  await expect(start.page.getByRole('heading', { name: t.dashboard.year.title(year) })).toBeVisible();
  await expect(start.page.locator('#start-budget-total')).toBeVisible();
  await expect(start.page.getByRole('link', { name: t.dashboard.year.more })).toBeHidden();
  await screenshot(start.page, 'print-start-styrelse-sv');
  await start.context.close();

  // Statistik for Alingsås: a report with the heading and period, the förbund and kommun, the table,
  // the chart with its data table; no form, no download links, no print button.
  const { context, page } = await signedInAs(browser, 'koordinator', 'sv', '/statistik');
  const ts = t.statistics;
  await page.locator('#stat-kommun').selectOption('1489');
  await page.getByRole('button', { name: ts.apply, exact: true }).click();
  const tableName = new RegExp(`^${ts.measures.participations.replace(/[()]/g, '.')}`);
  await expect(page.getByRole('table', { name: tableName })).toBeVisible();
  await expect(page.locator('.chart__canvas[data-ready]')).toBeVisible();
  // On screen the report's facts are not shown (the form says the same).
  await expect(page.locator('.report-meta')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expectChromeHidden(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ts.title);
  await expect(page.getByRole('heading', { level: 2, name: `${ts.measures.participations}, 2017-01-01–2020-03-14` })).toBeVisible();
  const meta = page.locator('.report-meta');
  await expect(meta).toBeVisible();
  await expect(meta).toContainText(DEMO_ASSOCIATION);
  await expect(meta).toContainText('2017-01-01–2020-03-14');
  await expect(meta).toContainText('Alingsås kommun');
  await expect(meta).toContainText(`${t.report.printed}: ${formatDate(now())}`);
  await expect(page.getByRole('table', { name: tableName })).toBeVisible();
  await expect(page.getByRole('table', { name: tableName }).locator('tfoot tr, tbody tr').last()).toContainText('255');
  await expect(page.locator('.chart__canvas svg')).toBeVisible();
  await expect(page.getByRole('table', { name: ts.chartTable })).toBeVisible();
  await expect(page.getByText(ts.intro)).toBeHidden();
  await expect(page.getByRole('link', { name: ts.downloadCsv })).toBeHidden();
  await expect(page.getByRole('button', { name: t.money.print })).toBeHidden();
  // Table rows are not split across pages, and the column headers repeat on each page.
  const styles = await page.getByRole('table', { name: tableName }).evaluate((table) => ({
    row: getComputedStyle(table.querySelector('tbody tr') as Element).breakInside,
    head: getComputedStyle(table.querySelector('thead') as Element).display,
  }));
  expect(styles).toEqual({ row: 'avoid', head: 'table-header-group' });
  await screenshot(page, 'print-statistics-sv');
  // A PDF of the printout (Chromium's print path) can be made, and the screen is back after.
  expect((await page.pdf({ format: 'A4' })).byteLength).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: t.header.mainNav })).toBeVisible();
  await context.close();
});

test('print: Medlemsnytta prints as a report of the kommun and period', async ({ browser }) => {
  const tv = t.memberValue;
  const { context, page } = await signedInAs(browser, 'styrelse', 'sv', '/medlemsnytta');
  const heading = page.getByRole('heading', { level: 2, name: new RegExp('2017-01-01–2020-03-14$') });
  await expect(heading).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expectChromeHidden(page);
  await expect(heading).toBeVisible();
  await expect(page.locator('.report-meta')).toContainText(DEMO_ASSOCIATION);
  await expect(page.getByRole('table', { name: tv.summary })).toBeVisible();
  await expect(page.getByRole('link', { name: tv.pdf })).toBeHidden();
  await screenshot(page, 'print-member-value-sv');
  await context.close();
});

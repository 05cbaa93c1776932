/**
 * Uppföljning Finsam (/uppfoljning-finsam): the year's figures as the API answers them, exact for the
 * förbundschef and suppressed for the styrelse (or with publish), the downloads, the year's errors,
 * the empty year and the printout.
 */
import { expect, test, type Page } from './fixtures';
import { now } from './clock';
import { formatDate, formatMoneyValue, formatNumber } from '../src/format';
import { signedInAs } from './access';
import { DEMO_ASSOCIATION } from './env';
import { screenshot, type Lang } from './helpers';
import { DICT, checkPage, expectErrorSummary, expectProtectedRow, rowCells } from './money';

interface Cell {
  value: number | null;
  hidden: boolean;
}
interface Figure {
  columnTotals: Cell[];
  rows: { label: string; values: Cell[]; total: number | null; totalHidden: boolean }[];
  total: number | null;
  totalHidden: boolean;
}
interface Finsam {
  suppressed: boolean;
  individual: Figure;
  structural: Figure;
  funds: { party: string; budgetedOre: number; receivedOre: number }[];
  budgetedOre: number;
  receivedOre: number;
  equity: { openingOre: number; receivedOre: number; costsOre: number; resultOre: number; closingOre: number; flagged: boolean } | null;
}

const lastYear = Number(formatDate(now()).slice(0, 4)) - 1;

async function apiFinsam(page: Page, query: string): Promise<Finsam> {
  const response = await page.request.get(`/api/v1/associations/1/finsam?${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Finsam;
}

async function showYear(page: Page, lang: Lang, year: string, publish = false): Promise<void> {
  const tf = DICT[lang].finsam;
  await page.locator('#finsam-year').fill(year);
  if (publish) await page.locator('#finsam-publish').check();
  else await page.locator('#finsam-publish').uncheck();
  const answered = page.waitForResponse((r) => r.url().includes(`/finsam?year=${year}`));
  await page.getByRole('button', { name: tf.apply, exact: true }).click();
  const response = await answered;
  expect(response.url().includes('publish=true')).toBe(publish);
}

const cell = (c: Cell) => (c.hidden ? '..' : c.value === null ? '—' : formatNumber(c.value));

/** Every row of the page's table is the API's row, and the foot has the totals per gender and in all. */
async function expectFigure(page: Page, lang: Lang, caption: string, figure: Figure) {
  const t = DICT[lang];
  const table = page.getByRole('table', { name: caption });
  await expect(table.locator('tbody tr')).toHaveCount(figure.rows.length);
  await expect(table.getByRole('columnheader')).toHaveText([t.finsam.insats, t.statistics.keys.woman, t.statistics.keys.man, t.statistics.total]);
  for (const row of figure.rows) {
    await expect(rowCells(page, caption, row.label)).toHaveText([
      row.label,
      ...row.values.map(cell),
      cell({ value: row.total, hidden: row.totalHidden }),
    ]);
  }
  expect(figure.columnTotals).toHaveLength(2);
  await expect(rowCells(page, caption, t.statistics.total)).toHaveText([
    t.statistics.total,
    ...figure.columnTotals.map(cell),
    cell({ value: figure.total, hidden: figure.totalHidden }),
  ]);
}

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`finsam (${lang}): förbundschef sees 2019 exactly as the API answers, with chart, funds, equity and downloads`, async ({ browser }) => {
    const t = DICT[lang];
    const tf = t.finsam;
    const { context, page } = await signedInAs(browser, 'forbundschef', lang, '/statistik');
    // The menu entry next to Statistik.
    const nav = page.getByRole('navigation', { name: t.header.mainNav });
    // allInnerTexts does not wait: first let the menu be complete.
    await expect(nav.getByRole('link', { name: t.header.finsam })).toBeVisible();
    const links = await nav.getByRole('link').allInnerTexts();
    expect(links[links.indexOf(t.header.statistics) + 1]).toBe(t.header.finsam);
    await nav.getByRole('link', { name: t.header.finsam }).click();
    await expect(page).toHaveURL(/\/uppfoljning-finsam$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tf.title);
    // Last year at once.
    await expect(page.locator('#finsam-year')).toHaveValue(String(lastYear));
    await expect(page.getByRole('heading', { level: 2, name: tf.heading(lastYear) })).toBeVisible();

    await showYear(page, lang, '2019');
    await expect(page.getByRole('heading', { level: 2, name: tf.heading(2019) })).toBeVisible();
    const api = await apiFinsam(page, 'year=2019');
    expect(api.suppressed).toBe(false);
    await expect(page.getByText(t.statistics.exact)).toBeVisible();
    await expectFigure(page, lang, tf.individualCaption(2019), api.individual);
    // The demo's 2019 (its history does not depend on the day it is made): 98 women, 69 men, 167 participants
    // in all (each person once), 79 in Aktiv Lerum.
    await expect(rowCells(page, tf.individualCaption(2019), t.statistics.total)).toHaveText([t.statistics.total, '98', '69', '167']);
    await expect(rowCells(page, tf.individualCaption(2019), 'Aktiv Lerum')).toHaveText(['Aktiv Lerum', '55', '24', '79']);
    await expect(page.getByText(tf.individualNote)).toBeVisible();
    await expect(page.getByRole('table', { name: tf.individualCaption(2019) }).getByText('..')).toHaveCount(0);
    await expectFigure(page, lang, tf.structuralCaption(2019), api.structural);
    await expect(rowCells(page, tf.structuralCaption(2019), 'Kunskapsdialoger och föreläsningar')).toHaveText([
      'Kunskapsdialoger och föreläsningar', '22', '10', '32',
    ]);
    await expect(rowCells(page, tf.structuralCaption(2019), t.statistics.total)).toHaveText([t.statistics.total, '22', '10', '32']);
    // The chart of the participants per insats, with its data under it.
    await expect(page.locator('.chart__canvas[data-ready]')).toBeVisible();
    await expect(page.locator('.chart__canvas svg')).toHaveCount(1);
    await expect(rowCells(page, tf.chartTable, 'Aktiv Lerum')).toHaveText(['Aktiv Lerum', '79']);
    // Funds by party in kr, 14 800 000 kr in all.
    const funds = tf.fundsCaption(2019);
    await expect(page.getByRole('table', { name: funds }).getByRole('columnheader')).toHaveText([tf.party, tf.budgeted, tf.received]);
    for (const row of api.funds) {
      const name = tf.parties[row.party as keyof typeof tf.parties];
      await expect(rowCells(page, funds, name)).toHaveText([name, formatMoneyValue(row.budgetedOre, 'kr'), formatMoneyValue(row.receivedOre, 'kr')]);
    }
    await expect(page.getByRole('table', { name: funds }).locator('tbody tr')).toHaveCount(4);
    await expect(rowCells(page, funds, t.statistics.total)).toHaveText([t.statistics.total, '14\u00a0800\u00a0000', '14\u00a0800\u00a0000']);
    // Equity, the result negative with a real minus sign.
    const e = api.equity;
    expect(e).not.toBeNull();
    const equity = tf.equityCaption(2019);
    await expect(rowCells(page, equity, t.equity.opening)).toHaveText([t.equity.opening, formatMoneyValue(e!.openingOre, 'kr')]);
    await expect(rowCells(page, equity, t.equity.received)).toHaveText([t.equity.received, formatMoneyValue(e!.receivedOre, 'kr')]);
    await expect(rowCells(page, equity, t.equity.costs)).toHaveText([t.equity.costs, formatMoneyValue(e!.costsOre, 'kr')]);
    await expect(rowCells(page, equity, t.equity.result)).toHaveText([t.equity.result, '\u2212100\u00a0000']);
    await expect(rowCells(page, equity, t.equity.closing)).toHaveText([t.equity.closing, formatMoneyValue(e!.closingOre, 'kr')]);
    await expect(page.locator('#finsam-equity-flag')).toHaveText(e!.flagged ? t.equity.flagged : t.equity.notFlagged);
    // The downloads: the CSV with the page's year, the yearly report as a PDF.
    for (const [label, pattern, type] of [
      [tf.downloadCsv, /\/api\/v1\/associations\/1\/finsam\.csv\?year=2019$/, 'text/csv'],
      [tf.pdf(2019), /\/api\/v1\/associations\/1\/follow-up\.pdf\?year=2019$/, 'application/pdf'],
    ] as const) {
      const href = (await page.getByRole('link', { name: label }).getAttribute('href')) ?? '';
      expect(href).toMatch(pattern);
      const response = await page.request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
      if (type === 'application/pdf') expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      else expect((await response.text()).replace(/^\ufeff/, '')).toMatch(/^Uppföljning Finsam;2019\r\n/);
    }
    await checkPage(page, `finsam-${lang}`);
    await context.close();
  });
}

test('finsam: for publication the förbundschef gets small numbers hidden, and the CSV link says so', async ({ browser }) => {
  const t = DICT.sv;
  const tf = t.finsam;
  const { context, page } = await signedInAs(browser, 'forbundschef', 'sv', '/uppfoljning-finsam');
  await showYear(page, 'sv', '2019', true);
  const api = await apiFinsam(page, 'year=2019&publish=true');
  expect(api.suppressed).toBe(true);
  await expect(page.getByText(t.statistics.suppressed(5))).toBeVisible();
  await expectFigure(page, 'sv', tf.individualCaption(2019), api.individual);
  await expect(rowCells(page, tf.individualCaption(2019), 'Grön rehab Gunnebo')).toHaveText(['Grön rehab Gunnebo', '..', '..', '..']);
  const href = (await page.getByRole('link', { name: tf.downloadCsv }).getAttribute('href')) ?? '';
  expect(href).toMatch(/\/finsam\.csv\?year=2019&publish=true$/);
  const csv = await page.request.get(href);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('Grön rehab Gunnebo;..;..;..');
  // Back to exact without publish.
  await showYear(page, 'sv', '2019', false);
  await expect(rowCells(page, tf.individualCaption(2019), 'Grön rehab Gunnebo')).toHaveText(['Grön rehab Gunnebo', '1', '2', '3']);
  await context.close();
});

test('finsam: styrelse sees 2019 suppressed as ".." with the explanation and legend', async ({ browser }) => {
  const t = DICT.sv;
  const tf = t.finsam;
  const { context, page } = await signedInAs(browser, 'styrelse', 'sv', '/uppfoljning-finsam');
  await showYear(page, 'sv', '2019');
  const api = await apiFinsam(page, 'year=2019');
  expect(api.suppressed).toBe(true);
  await expectFigure(page, 'sv', tf.individualCaption(2019), api.individual);
  await expectProtectedRow(page, tf.individualCaption(2019), 'Premiär', [null, null, 6]);
  await expectProtectedRow(page, tf.individualCaption(2019), 'Aktiv Lerum', [55, 24, 79]);
  await expect(rowCells(page, tf.individualCaption(2019), 'Premiär').locator('abbr').first()).toHaveAttribute(
    'title',
    'Uppgiften visas inte: färre än 5 personer eller skulle avslöja sådana',
  );
  await expect(page.getByText(t.statistics.suppressed(5))).toBeVisible();
  await expect(page.getByText(t.statistics.legend(5))).toBeVisible();
  await expect(rowCells(page, tf.chartTable, 'Grön rehab Gunnebo')).toHaveText(['Grön rehab Gunnebo', '..']);
  await checkPage(page, 'finsam-suppressed-sv');

  // The demo hides no gender's total; one the server hides is ".." with its explanation too.
  await page.route('**/finsam?year=2019', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Finsam;
    json.individual.columnTotals[1] = { value: null, hidden: true };
    await route.fulfill({ response, json });
  });
  await showYear(page, 'sv', '2019');
  const totals = rowCells(page, tf.individualCaption(2019), t.statistics.total);
  await expectProtectedRow(page, tf.individualCaption(2019), t.statistics.total, [98, null, 167]);
  await expect(totals.locator('abbr')).toHaveAttribute('title', 'Uppgiften visas inte: färre än 5 personer eller skulle avslöja sådana');
  await page.unroute('**/finsam?year=2019');
  await context.close();
});

test('finsam: the year’s errors are summarised in Swedish (client and server); an empty year is a message, not an error', async ({ browser }) => {
  const t = DICT.sv;
  const tf = t.finsam;
  const { context, page } = await signedInAs(browser, 'forbundschef', 'sv', '/uppfoljning-finsam');
  await expect(page.getByRole('heading', { level: 2, name: tf.heading(lastYear) })).toBeVisible();
  const apply = page.getByRole('button', { name: tf.apply, exact: true });
  // Checked in the browser: nothing is asked.
  for (const [text, key] of [['', 'year.required'], ['19a9', 'year.invalid']] as const) {
    await page.locator('#finsam-year').fill(text);
    await apply.click();
    await expectErrorSummary(page, t.followUpErrors[key] ?? '');
    await expect(page.locator('#finsam-year')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#finsam-year-error')).toHaveText(t.followUpErrors[key] ?? '');
  }
  // Answered by the server (422 year before_data / after_data).
  for (const [text, key] of [['2099', 'year.after_data'], ['1999', 'year.before_data']] as const) {
    await page.locator('#finsam-year').fill(text);
    const answered = page.waitForResponse((r) => r.url().includes(`/finsam?year=${text}`));
    await apply.click();
    expect((await answered).status()).toBe(422);
    await expectErrorSummary(page, t.followUpErrors[key] ?? '');
    await expect(page.locator('#finsam-year')).toHaveAttribute('aria-invalid', 'true');
  }
  await checkPage(page, 'finsam-errors-sv');

  // 2015: the förbund existed, but the demo has nothing for the year.
  await showYear(page, 'sv', '2015');
  await expect(page.locator('#finsam-year')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status')).toHaveText(tf.empty(2015));
  await expect(page.getByRole('heading', { level: 2, name: tf.heading(2015) })).toBeVisible();
  await expect(page.locator('main table')).toHaveCount(0);
  await checkPage(page, 'finsam-empty-sv');
  await context.close();
});

test('finsam: prints as a report of the year without navigation, with its tables and the chart', async ({ browser }) => {
  const t = DICT.sv;
  const tf = t.finsam;
  const { context, page } = await signedInAs(browser, 'forbundschef', 'sv', '/uppfoljning-finsam');
  await showYear(page, 'sv', '2019');
  await expect(page.locator('.chart__canvas[data-ready]')).toBeVisible();
  await expect(page.locator('.report-meta')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: t.header.mainNav })).toBeHidden();
  await expect(page.getByRole('button', { name: t.header.logout })).toBeHidden();
  for (const selector of ['main button', 'main input', 'main form']) {
    for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tf.title);
  await expect(page.getByRole('heading', { level: 2, name: tf.heading(2019) })).toBeVisible();
  const meta = page.locator('.report-meta');
  await expect(meta).toBeVisible();
  await expect(meta).toContainText(DEMO_ASSOCIATION);
  await expect(meta).toContainText('2019-01-01–2019-12-31');
  for (const caption of [tf.individualCaption(2019), tf.structuralCaption(2019), tf.fundsCaption(2019), tf.equityCaption(2019), tf.chartTable]) {
    await expect(page.getByRole('table', { name: caption })).toBeVisible();
  }
  await expect(page.locator('.chart__canvas svg')).toBeVisible();
  await expect(page.getByRole('link', { name: tf.downloadCsv })).toBeHidden();
  await expect(page.getByText(tf.intro)).toBeHidden();
  await screenshot(page, 'print-finsam-sv');
  await page.emulateMedia({ media: 'screen' });
  await context.close();
});

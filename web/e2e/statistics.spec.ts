import { expect, test, type Page } from './fixtures';
import { formatPercentValue } from '../src/format';
import { signedInAs } from './access';
import type { Lang } from './helpers';
import { DICT, checkPage, expectErrorSummary, expectProtectedRow, rowCells } from './money';

const ALINGSAS = '1489';

async function showAlingsas(page: Page, lang: Lang) {
  const t = DICT[lang];
  await page.locator('#stat-kommun').selectOption(ALINGSAS);
  const answered = page.waitForResponse((r) => r.url().includes('/statistics?') && r.url().includes('filter.kommun=1489'));
  await page.getByRole('button', { name: t.statistics.apply, exact: true }).click();
  expect((await answered).status()).toBe(200);
}

const table = (page: Page, lang: Lang) => page.getByRole('table', { name: new RegExp(`^${DICT[lang].statistics.measures.participations.replace(/[()]/g, '.')}`) });

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`statistics (${lang}): koordinator sees seed 000's table exactly, with chart, data table and downloads`, async ({ browser }) => {
    const t = DICT[lang];
    const ts = t.statistics;
    const { context, page } = await signedInAs(browser, 'koordinator', lang, '/statistik');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ts.title);
    await expect(page.locator('#stat-measure')).toHaveValue('participations');
    await expect(page.locator('#stat-from')).toHaveValue('2017-01-01');
    await expect(page.locator('#stat-to')).toHaveValue('2020-03-14');
    await expect(table(page, lang)).toBeVisible();
    await showAlingsas(page, lang);
    const name = new RegExp(`^${ts.measures.participations.replace(/[()]/g, '.')}`);
    await expect(rowCells(page, name, 'Aktiv Lerum')).toHaveText(['Aktiv Lerum', '90', '43', '133']);
    await expect(rowCells(page, name, ts.total)).toHaveText([ts.total, '163', '92', '255']);
    await expect(table(page, lang).getByRole('columnheader')).toHaveText([ts.dimensions.insats, ts.keys.woman, ts.keys.man, ts.total]);
    await expect(page.getByText(ts.exact)).toBeVisible();
    await expect(table(page, lang).getByText('..')).toHaveCount(0);
    // The chart of the row totals, with its data under it.
    await expect(page.locator('.chart__canvas[data-ready]')).toBeVisible();
    await expect(page.locator('.chart__canvas svg')).toHaveCount(1);
    await expect(rowCells(page, ts.chartTable, 'Aktiv Lerum')).toHaveText(['Aktiv Lerum', '133']);
    // Downloads with the same query.
    for (const [label, type] of [[ts.downloadCsv, 'text/csv'], [ts.downloadXlsx, 'spreadsheetml']] as const) {
      const link = page.getByRole('link', { name: label });
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(/\/api\/v1\/associations\/1\/statistics\.(csv|xlsx)\?measure=participations&rows=insats&columns=gender&from=2017-01-01&to=2020-03-14&filter\.kommun=1489$/);
      const response = await page.request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
    }
    // The yearly report of the year the period ends in (2020).
    const report = page.getByRole('link', { name: ts.yearReport(2020) });
    const reportHref = (await report.getAttribute('href')) ?? '';
    expect(reportHref).toMatch(/\/api\/v1\/associations\/1\/follow-up\.pdf\?year=2020$/);
    const pdf = await page.request.get(reportHref);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await checkPage(page, `statistics-${lang}`);
    await context.close();
  });
}

test('statistics: styrelse sees suppressed figures as ".." with the explanation; publish forces it for koordinator', async ({ browser }) => {
  const ts = DICT.sv.statistics;
  const { context, page } = await signedInAs(browser, 'styrelse', 'sv', '/statistik');
  await showAlingsas(page, 'sv');
  const name = new RegExp(`^${ts.measures.participations.replace(/[()]/g, '.')}`);
  await expect(rowCells(page, name, 'Primus')).toHaveText(['Primus', '..', '..', '..']);
  await expectProtectedRow(page, name, 'Aktiv Lerum', [90, 43, 133]);
  await expect(rowCells(page, name, 'Primus').locator('abbr').first()).toHaveAttribute(
    'title',
    'Uppgiften visas inte: färre än 5 personer eller skulle avslöja sådana',
  );
  await expect(page.getByText(ts.suppressed(5))).toBeVisible();
  await checkPage(page, 'statistics-suppressed-sv');
  await context.close();

  const k = await signedInAs(browser, 'koordinator', 'sv', '/statistik');
  await k.page.locator('#stat-publish').check();
  await showAlingsas(k.page, 'sv');
  await expect(rowCells(k.page, name, 'Primus')).toHaveText(['Primus', '..', '..', '..']);
  await k.context.close();
});

test('statistics: errors are summarised and translated; an empty result is an empty table with a message', async ({ browser }) => {
  const t = DICT.sv;
  const ts = t.statistics;
  const { context, page } = await signedInAs(browser, 'koordinator', 'sv', '/statistik');
  await expect(table(page, 'sv')).toBeVisible();
  await page.locator('#stat-from').fill('2019-01-01');
  await page.locator('#stat-to').fill('2018-01-01');
  await page.locator('#stat-columns').selectOption('insats');
  await page.getByRole('button', { name: ts.apply, exact: true }).click();
  await expectErrorSummary(page, t.followUpErrors['to.before_from'] ?? '');
  await expectErrorSummary(page, t.followUpErrors['columns.same_as_rows'] ?? '');
  await expect(page.locator('#stat-to')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#stat-columns')).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'statistics-errors-sv');

  // A 400 from the server (an unknown measure) is translated too.
  await page.route('**/statistics?*', (route) =>
    route.fulfill({ status: 400, contentType: 'application/problem+json', json: { code: 'unknown_measure', status: 400 } }),
  );
  await page.locator('#stat-columns').selectOption('gender');
  await page.getByRole('button', { name: ts.apply, exact: true }).click();
  await expectErrorSummary(page, t.errors.unknown_measure);
  await page.unroute('**/statistics?*');

  // Nothing in the period: an empty table and the message.
  await page.locator('#stat-from').fill('2017-01-01');
  await page.locator('#stat-to').fill('2017-01-01');
  await page.getByRole('button', { name: ts.apply, exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(ts.empty);
  await expect(page.getByRole('table').first().locator('tbody tr')).toHaveCount(0);
  await checkPage(page, 'statistics-empty-sv');
  await context.close();
});

interface Total {
  value: number | null;
  hidden: boolean;
}

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`statistics (${lang}): koordinator's share in work or studies after ending in 2019 is shown in per cent, as the API answers`, async ({ browser }) => {
    const ts = DICT[lang].statistics;
    const measure = ts.measures.in_work_or_studies_share;
    const { context, page } = await signedInAs(browser, 'koordinator', lang, '/statistik');
    await expect(table(page, lang)).toBeVisible();
    // The share measures come right after the counts they are shares of.
    const options = await page.locator('#stat-measure option').allInnerTexts();
    expect(options.slice(options.indexOf(ts.measures.left_support), options.indexOf(ts.measures.left_support) + 3)).toEqual([
      ts.measures.left_support,
      measure,
      ts.measures.left_support_share,
    ]);
    await page.locator('#stat-measure').selectOption('in_work_or_studies_share');
    await page.locator('#stat-from').fill('2019-01-01');
    await page.locator('#stat-to').fill('2019-12-31');
    const answered = page.waitForResponse((r) => r.url().includes('/statistics?') && r.url().includes('measure=in_work_or_studies_share'));
    await page.getByRole('button', { name: ts.apply, exact: true }).click();
    const response = await answered;
    expect(response.status()).toBe(200);
    const api = (await response.json()) as { percent: boolean; additive: boolean; suppressed: boolean; rows: { label: string }[]; rowTotals: Total[]; columnTotals: Total[]; total: Total };
    expect(api.percent).toBe(true);
    expect(api.additive).toBe(false);
    expect(api.total.hidden).toBe(false);
    expect(api.total.value).not.toBeNull();

    const name = new RegExp(`^${measure.replace(/[()]/g, '.')}`);
    await expect(page.getByRole('heading', { level: 2, name: `${measure}, 2019-01-01–2019-12-31` })).toBeVisible();
    const shown = (t: Total) => (t.hidden ? '..' : t.value === null ? '—' : formatPercentValue(t.value));
    // The total row: women, men and in all, each a whole per cent with its sign.
    const totalRow = rowCells(page, name, ts.total);
    await expect(totalRow).toHaveText([ts.total, ...api.columnTotals.map(shown), shown(api.total)]);
    await expect(totalRow.last()).toHaveText(`${api.total.value}\u00a0%`);
    await expect(page.getByText(ts.notAdditive)).toBeVisible();
    // The chart's bars and its data table: the rows' totals in per cent.
    await expect(page.locator('.chart__canvas[data-ready]')).toBeVisible();
    await expect(page.locator('.chart__canvas svg')).toContainText('%');
    const first = api.rows[0]!;
    await expect(rowCells(page, ts.chartTable, first.label)).toHaveText([first.label, shown(api.rowTotals[0]!)]);
    await checkPage(page, `statistics-share-${lang}`);
    await context.close();
  });
}

test('statistics (sv): koordinator sees ended participations by exit reason, translated, as the API answers', async ({ browser }) => {
  const ts = DICT.sv.statistics;
  const { context, page } = await signedInAs(browser, 'koordinator', 'sv', '/statistik');
  await expect(table(page, 'sv')).toBeVisible();
  await page.locator('#stat-measure').selectOption('ended');
  await page.locator('#stat-rows').selectOption('reason');
  await page.locator('#stat-columns').selectOption('none');
  const answered = page.waitForResponse((r) => r.url().includes('/statistics?') && r.url().includes('rows=reason'));
  await page.getByRole('button', { name: ts.apply, exact: true }).click();
  const response = await answered;
  expect(response.status()).toBe(200);
  const api = (await response.json()) as { rows: { key: string }[]; rowTotals: Total[]; total: Total };
  expect(api.rows.length).toBeGreaterThan(1);
  expect(api.rows.map((r) => r.key)).toContain('work');
  const name = new RegExp(`^${ts.measures.ended.replace(/[()]/g, '.')}`);
  const work = api.rows.findIndex((r) => r.key === 'work');
  await expect(rowCells(page, name, ts.keys.work)).toHaveText([ts.keys.work, String(api.rowTotals[work]!.value)]);
  await expect(page.locator('#stat-rows option:checked')).toHaveText(ts.dimensions.reason);
  await checkPage(page, 'statistics-reason-sv');
  await context.close();
});

import { expect, test } from './fixtures';
import { demoLastYear } from './clock';
import type { Lang } from './helpers';
import { DICT, checkPage, expectErrorSummary, rowCells, signedIn } from './money';

const NB = '\u00a0';

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`equity (${lang}): years 2017 to this year with flagged rows`, async ({ browser }) => {
    const te = DICT[lang].equity;
    const { context, page } = await signedIn(browser, lang, '/eget-kapital');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(te.title);
    const table = page.getByRole('table', { name: te.caption });
    await expect(table.getByRole('rowheader')).toHaveText(Array.from({ length: demoLastYear() - 2016 }, (_, i) => String(2017 + i)));
    await expect(rowCells(page, te.caption, '2020').last()).toHaveText(te.flagged);
    await expect(rowCells(page, te.caption, '2017').last()).toHaveText(te.notFlagged);
    await expect(rowCells(page, te.caption, '2020').nth(5)).toHaveText(`3${NB}276`);
    await expect(page.getByText(te.limit(`20${NB}%`))).toBeVisible();
    await checkPage(page, `equity-${lang}`);
    await context.close();
  });
}

test("a year's outcome is entered, bad input gets an error summary", async ({ browser }) => {
  const te = DICT.sv.equity;
  const { context, page } = await signedIn(browser, 'sv', '/eget-kapital');
  const last = demoLastYear();
  const next = String(last + 1);
  await page.getByLabel(te.formYear, { exact: true }).selectOption(next);
  await page.getByLabel(te.formReceived).fill('15 000 000');
  await page.getByLabel(te.formCosts).fill('-2');
  await page.getByRole('button', { name: te.submit }).click();
  await expectErrorSummary(page, 'Fältet kostnader kan inte vara negativt.');
  await checkPage(page, 'equity-errors-sv');

  await page.getByLabel(te.formCosts).fill('14 900 000');
  await page.getByRole('button', { name: te.submit }).click();
  await expect(page.getByRole('status')).toHaveText(te.done(last + 1));
  // It opens with the last year's closing equity.
  const closing = (await rowCells(page, te.caption, String(last)).nth(5).textContent()) ?? '';
  expect(closing).toMatch(/\d/);
  await expect(rowCells(page, te.caption, next).nth(1)).toHaveText(closing);
  await expect(rowCells(page, te.caption, next).nth(4)).toHaveText('100');
  await context.close();
});

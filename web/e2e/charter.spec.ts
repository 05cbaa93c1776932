import { expect, test } from './fixtures';
import type { Lang } from './helpers';
import { DICT, checkPage, expectErrorSummary, signedIn } from './money';

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`charter (${lang}): the version in force and the history`, async ({ browser }) => {
    const t = DICT[lang];
    const tc = t.charter;
    const { context, page } = await signedIn(browser, lang, '/forbundsordning');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tc.title);
    const facts = page.locator('dl.facts');
    await expect(facts).toContainText('2006-07-01');
    await expect(facts).toContainText(`${tc.noticeYears(3)}, ${tc.counting.calendar_years}`);
    await expect(facts).toContainText(t.contributions.splitKeys.population(2018));
    await expect(page.getByRole('table', { name: tc.boardSeats }).locator('tbody tr')).toHaveCount(8);
    await expect(page.getByRole('table', { name: tc.caption }).getByRole('rowheader')).toContainText(['2006-07-01']);
    await checkPage(page, `charter-${lang}`);
    await context.close();
  });
}

test('a new charter version: errors first, then saved in the history', async ({ browser }) => {
  const tc = DICT.sv.charter;
  const { context, page } = await signedIn(browser, 'sv', '/forbundsordning');
  await page.getByRole('button', { name: tc.submit }).click();
  await expectErrorSummary(page, 'Ange datum då versionen börjar gälla.');
  await checkPage(page, 'charter-errors-sv');

  // The server refuses a second version from the same date.
  await page.getByLabel(tc.formEffectiveFrom, { exact: true }).fill('2006-07-01');
  await page.getByRole('button', { name: tc.submit }).click();
  await expectErrorSummary(page, DICT.sv.moneyErrors['effectiveFrom.duplicate']);

  await page.getByLabel(tc.formEffectiveFrom, { exact: true }).fill('2030-01-01');
  await page.getByLabel(tc.formYears).selectOption('2');
  await page.getByRole('button', { name: tc.submit }).click();
  await expect(page.getByRole('status')).toHaveText(tc.done('2030-01-01'));
  const history = page.getByRole('table', { name: tc.caption });
  await expect(history.getByRole('rowheader')).toHaveText(['2030-01-01', '2006-07-01']);
  await expect(history.locator('tbody tr').first()).toContainText(tc.noticeYears(2));
  await context.close();
});

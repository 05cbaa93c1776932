import { expect, test } from './fixtures';
import { demoLastYear } from './clock';
import type { Lang } from './helpers';
import { DICT, checkPage, expectErrorSummary, rowCells, signedIn } from './money';

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`withdrawal what-if for Alingsås (${lang}): end date, fee years, change per kommun`, async ({ browser }) => {
    const t = DICT[lang];
    const tw = t.withdrawal;
    const { context, page } = await signedIn(browser, lang, '/medlemmar');
    await page.getByRole('link', { name: `${t.members.whatIf} ${t.members.forMember('Alingsås kommun')}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tw.title);
    await expect(page.getByText(tw.intro('Alingsås kommun'))).toBeVisible();

    await page.getByLabel(tw.noticeOn).fill('2021-05-26');
    await page.getByRole('button', { name: tw.submit }).click();
    const facts = page.locator('dl.facts');
    await expect(facts).toContainText('2024-12-31');
    await expect(facts).toContainText('2025');
    const fees = page.getByRole('table', { name: tw.feeCaption });
    await expect(fees.getByRole('rowheader')).toHaveText(['2022', '2023', '2024', t.money.total]);
    await expect(fees).not.toContainText(t.money.estimated);
    const molndal = page.locator('#whatif-shares tr').filter({ has: page.getByRole('rowheader', { name: 'Mölndals stad' }) });
    await expect(molndal.locator('td').nth(2)).toHaveText(/^\+\d/);
    await checkPage(page, `withdrawal-${lang}`);

    // Years without a budget (after this year's) are estimated and marked.
    const y = demoLastYear();
    await page.getByLabel(tw.noticeOn).fill(`${y}-01-15`);
    await page.getByRole('button', { name: tw.submit }).click();
    await expect(page.locator('dl.facts')).toContainText(`${y + 3}-12-31`);
    await expect(rowCells(page, tw.feeCaption, String(y + 3)).nth(1)).toContainText(`(${t.money.estimated})`);
    await context.close();
  });
}

test('what-if errors are translated: bad date, before joining, FK cannot leave', async ({ browser }) => {
  const tw = DICT.sv.withdrawal;
  const { context, page } = await signedIn(browser, 'sv', '/medlemmar/8/uttrade');
  await page.getByLabel(tw.noticeOn).fill('2026-02-30');
  await page.getByRole('button', { name: tw.submit }).click();
  await expectErrorSummary(page, 'Fältet datum för uppsägningen har ett ogiltigt värde.');
  await checkPage(page, 'withdrawal-errors-sv');
  await page.getByLabel(tw.noticeOn).fill('2001-01-01');
  await page.getByRole('button', { name: tw.submit }).click();
  await expectErrorSummary(page, DICT.sv.moneyErrors['noticeOn.before_joined']);

  await page.goto('/medlemmar/1/uttrade');
  await page.getByRole('button', { name: tw.submit }).click();
  await expectErrorSummary(page, DICT.sv.moneyErrors['partyKind.cannot_give_notice']);
  await context.close();
});

import { expect, test } from './fixtures';
import { signedInAs } from './access';
import { isoDaysFromToday } from './clock';
import type { Lang } from './helpers';
import { DICT, checkPage, expectErrorSummary } from './money';

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`processing agreements (${lang}): förbundschef sees every member's agreement in force`, async ({ browser }) => {
    const ta = DICT[lang].agreements;
    const { context, page } = await signedInAs(browser, 'forbundschef', lang, '/pub-avtal');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ta.title);
    const table = page.getByRole('table', { name: ta.caption });
    await expect(table.getByRole('rowheader', { name: 'Lerums kommun', exact: true }).first()).toBeVisible();
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(8);
    await expect(table.locator('tbody tr').first()).toContainText(ta.inForce);
    await expect(table.locator('tbody tr').first()).toContainText('Dnr SFI 2016/');
    await checkPage(page, `agreements-${lang}`);
    await context.close();
  });
}

test('a processing agreement: errors first, then recorded, then ended', async ({ browser }) => {
  const t = DICT.sv;
  const ta = t.agreements;
  const { context, page } = await signedInAs(browser, 'forbundschef', 'sv', '/pub-avtal');
  await page.getByRole('button', { name: ta.submit }).click();
  await expectErrorSummary(page, t.fieldErrors.required(ta.formMemberNoun));
  await checkPage(page, 'agreements-errors-sv');

  await page.locator('#agreement-member').selectOption({ label: 'Partille kommun' });
  await page.getByLabel(ta.formSignedOn).fill(isoDaysFromToday(3));
  await page.getByLabel(ta.formValidFrom).fill(isoDaysFromToday(3));
  await page.getByLabel(ta.formReference).fill('Dnr SFI 2026/77');
  await page.getByRole('button', { name: ta.submit }).click();
  await expectErrorSummary(page, t.moneyErrors['signedOn.future']);

  await page.getByLabel(ta.formSignedOn).fill(isoDaysFromToday(0));
  await page.getByLabel(ta.formValidFrom).fill(isoDaysFromToday(0));
  await page.getByRole('button', { name: ta.submit }).click();
  await expect(page.getByRole('status')).toHaveText(ta.done('Partille kommun'));
  const row = page.getByRole('table', { name: ta.caption }).locator('tr').filter({ hasText: 'Dnr SFI 2026/77' });
  await expect(row).toContainText(ta.inForce);
  await row.getByRole('button', { name: `${ta.end}: Partille kommun` }).click();
  await expect(page.getByRole('status')).toHaveText(ta.ended('Partille kommun'));
  await expect(row).toContainText(`${isoDaysFromToday(0)} – ${isoDaysFromToday(0)}`);
  await expect(row.getByRole('button')).toHaveCount(0);
  await context.close();
});

test('processing agreements: the board sees them read-only', async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await signedInAs(browser, 'styrelse', 'sv', '/pub-avtal');
  await expect(page.getByRole('table', { name: t.agreements.caption })).toBeVisible();
  await expect(page.getByText(t.money.readOnly)).toBeVisible();
  await expect(page.getByRole('button', { name: t.agreements.submit })).toHaveCount(0);
  await context.close();
});

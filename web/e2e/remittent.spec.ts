import { expect, test } from './fixtures';
import { menuLinks, signedInAs } from './access';
import { DICT, checkPage } from './money';
import { thisYear } from './clock';
import { UNGA, expectPersonnummerHidden, fillReferral, personnummerBornIn } from './participants';

// 22 years old this year, within Balder's 18–29 whatever year the suite runs as.
const BORN = thisYear() - 22;
const PNR = personnummerBornIn(BORN, '02-03', '456');

test('remittent refers, sees "Mina remisser" only — no queue, no participants', async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await signedInAs(browser, 'remittent', 'sv', '/remisser');
  expect(await menuLinks(page, 'sv')).toEqual([
    t.header.start, t.header.members, t.header.charter, t.header.agreements, t.header.insatser, t.header.statistics, t.header.finsam, t.header.refer,
    t.header.myReferrals,
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.referrals.mine.title);
  await expect(page.getByText(t.referrals.mine.none)).toBeVisible();
  await checkPage(page, 'my-referrals-empty-sv');

  await page.goto('/remiss');
  await fillReferral(page, { insats: 'Balder/Activera', member: 'Västra Götalandsregionen', personnummer: PNR, name: 'Test Remitterad', kommunCode: '1489', targetGroup: UNGA });
  await page.getByRole('button', { name: t.referrals.submit }).click();
  await expect(page.getByRole('status').first()).toHaveText(t.referrals.sent('Balder/Activera'));
  await expectPersonnummerHidden(page, PNR);

  await page.goto('/remisser');
  const table = page.getByRole('table', { name: t.referrals.mine.caption });
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr')).toContainText(`${BORN}0203-****`);
  await expect(table.locator('tbody tr')).toContainText(t.referrals.states.received);
  // Its place in Balder's long queue and when it may start.
  await expect(table.getByRole('columnheader', { name: t.referrals.columns.queue })).toBeVisible();
  await expect(table.locator('tbody tr')).toContainText(/Plats \d+, (väntad start \d{4}-\d{2}-\d{2}|startdatum går inte att beräkna än)/);
  await expect(page.getByRole('status')).toHaveText(t.referrals.mine.count(1));
  await checkPage(page, 'my-referrals-sv');

  await page.goto('/insatser/2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Balder/Activera');
  await expect(page.getByRole('link', { name: t.catalogue.queueLink })).toHaveCount(0);
  await page.goto('/insatser/2/ko');
  await expect(page.getByText(t.errors.not_found)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.goto('/insatser/2/andra');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.noAccess.title);
  await context.close();
});

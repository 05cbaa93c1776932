import { expect, test } from './fixtures';
import { menuLinks, signedInAs } from './access';
import type { Lang } from './helpers';
import { DICT, checkPage } from './money';

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`koordinator (${lang}): the förbund, its members and charter, but no money, users or audit log`, async ({ browser }) => {
    const t = DICT[lang];
    const { context, page } = await signedInAs(browser, 'koordinator', lang, '/');
    expect(await menuLinks(page, lang)).toEqual([
      t.header.start, t.header.members, t.header.charter, t.header.agreements, t.header.insatser, t.header.statistics, t.header.finsam, t.header.refer, t.header.myReferrals,
      t.header.participants,
    ]);
    await page.goto('/medlemmar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.members.title);
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(8);
    // No notice buttons, no what-if links (money), and the read-only note.
    await expect(page.getByRole('table').getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('table').getByRole('link')).toHaveCount(0);
    await expect(page.getByText(t.money.readOnly)).toBeVisible();
    await checkPage(page, `members-koordinator-${lang}`);
    await page.goto('/forbundsordning');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.charter.title);
    for (const path of ['/medlemsavgifter', '/eget-kapital', '/statlig-fordelning', '/granskningslogg', '/anvandare']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.noAccess.title);
    }
    await context.close();
  });
}

test('ekonom: money with edit controls, no user admin; the superuser sees every menu entry', async ({ browser }) => {
  const t = DICT.sv;
  const ekonom = await signedInAs(browser, 'ekonom', 'sv', '/eget-kapital');
  expect(await menuLinks(ekonom.page, 'sv')).toEqual([
    t.header.start, t.header.members, t.header.contributions, t.header.equity, t.header.allocation, t.header.charter, t.header.agreements,
    t.header.insatser, t.header.statistics, t.header.finsam, t.header.memberValue,
  ]);
  await expect(ekonom.page.locator('main form')).toHaveCount(1);
  await ekonom.page.goto('/medlemmar');
  await expect(ekonom.page.getByRole('table').getByRole('button')).toHaveCount(0);
  await ekonom.context.close();

  const admin = await signedInAs(browser, 'admin', 'sv', '/');
  expect(await menuLinks(admin.page, 'sv')).toEqual([
    t.header.start, t.header.members, t.header.contributions, t.header.equity, t.header.allocation, t.header.charter, t.header.agreements,
    t.header.insatser, t.header.statistics, t.header.finsam, t.header.memberValue, t.header.users, t.header.audit, t.header.associations,
  ]);
  await admin.context.close();
});

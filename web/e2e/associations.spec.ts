import { expect, test } from './fixtures';
import { signedInAs } from './access';
import type { Lang } from './helpers';
import { DICT, checkPage, expectErrorSummary } from './money';

// Issue 15, item 5: the superuser sets up a förbund with its region, kommuner and first charter, then works in it;
// a refused step names its field and leaves nothing behind. The page in Swedish and English, with axe.
test('the superuser sets up a förbund and opens it', async ({ browser }) => {
  const t = DICT.sv;
  const ta = t.associations;
  const { context, page } = await signedInAs(browser, 'admin', 'sv', '/');
  await page.getByRole('navigation', { name: t.header.mainNav }).getByRole('link', { name: t.header.associations, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ta.title);
  const table = page.getByRole('table', { name: ta.caption });
  await expect(table).toContainText('Insjöriket');
  await expect(table.locator('tr', { hasText: 'Insjöriket' })).toContainText(ta.current);

  // Nothing filled in: each field is named, in the form's order.
  await page.getByRole('button', { name: ta.submit }).click();
  await expectErrorSummary(page, t.fieldErrors.required(ta.nameNoun));
  await page.locator('#setup-name').fill('Samordningsförbundet Testdalen');
  await page.locator('#setup-orgNumber').fill('222000-7777');
  await page.locator('#setup-seat').fill('Lerum');
  await page.locator('#setup-formedOn').fill('2027-01-01');
  await page.locator('#setup-region-code').fill('14');
  await page.locator('#setup-region-name').fill('Västra Götalandsregionen');
  await page.locator('#setup-kommun-0-code').fill('1499'); // not among the installation's kommuner: refused by the server
  await page.locator('#setup-kommun-0-name').fill('Ingen kommun');
  await page.getByRole('button', { name: ta.addKommun }).click();
  await page.locator('#setup-kommun-1-code').fill('1441');
  await page.locator('#setup-kommun-1-name').fill('Lerums kommun');
  await page.locator('#setup-referenceYear').fill('2022');
  await page.getByRole('button', { name: ta.submit }).click();
  await expect(page.locator('#setup-kommun-0-code-error')).toBeVisible();
  await checkPage(page, 'associations-errors-sv');
  await expect(table.locator('tbody tr')).toHaveCount(1); // nothing left behind

  await expect(page.locator('#setup-kommun-0-code-error')).toHaveText(t.moneyErrors['kommuner.*.code.unknown']);
  await page.locator('#setup-kommun-0-code').fill('1401');
  await page.locator('#setup-kommun-0-name').fill('Härryda kommun');
  await page.getByRole('button', { name: ta.submit }).click();
  await expect(page.getByRole('status').first()).toHaveText(ta.created('Samordningsförbundet Testdalen'));
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await checkPage(page, 'associations-sv');

  // Work in the new förbund: its members are the ones set up.
  await page.getByRole('button', { name: ta.openFor('Samordningsförbundet Testdalen') }).click();
  await page.waitForURL('/');
  await page.goto('/medlemmar');
  const members = page.getByRole('table').first();
  for (const name of ['Försäkringskassan', 'Arbetsförmedlingen', 'Västra Götalandsregionen', 'Härryda kommun', 'Lerums kommun']) {
    await expect(members).toContainText(name);
  }
  await page.goto('/forbund');
  await expect(page.locator('tr', { hasText: 'Testdalen' })).toContainText(ta.current);
  await context.close();
});

for (const lang of ['en'] as Lang[]) {
  test(`the Förbund page (${lang})`, async ({ browser }) => {
    const t = DICT[lang];
    const { context, page } = await signedInAs(browser, 'admin', lang, '/forbund');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.associations.title);
    await expect(page.getByRole('heading', { name: t.associations.createTitle })).toBeVisible();
    await checkPage(page, `associations-${lang}`);
    await context.close();
  });
}

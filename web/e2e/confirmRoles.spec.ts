import { expect, test } from './fixtures';
import { signedInAs } from './access';
import { DICT, checkPage } from './money';

const row = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('table').locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

test('confirm roles (en): the page for a party’s data protection contact, axe', async ({ browser }) => {
  const t = DICT.en;
  const { context, page } = await signedInAs(browser, 'dataskydd', 'en', '/bekrafta-roller');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.confirmRoles.title);
  await expect(page.getByText(t.confirmRoles.intro)).toBeVisible();
  await checkPage(page, 'confirm-roles-en');
  await context.close();
});

test('a personal-data role waits for the controller’s side: the administrator sees it pending, the party’s contact confirms it', async ({ browser }) => {
  const t = DICT.sv;
  const chef = await signedInAs(browser, 'forbundschef', 'sv', '/anvandare');
  await expect(row(chef.page, 'Nya koordinatorn')).toContainText(t.users.pending);
  await expect(row(chef.page, 'Koordinatorn')).not.toContainText(t.users.pending);
  // The administrator has no page to confirm on.
  await expect(chef.page.getByRole('link', { name: t.header.confirmRoles })).toHaveCount(0);
  await chef.context.close();

  const { context, page } = await signedInAs(browser, 'dataskydd', 'sv', '/bekrafta-roller');
  const pending = page.getByRole('table', { name: t.confirmRoles.caption });
  const waiting = pending.locator('tr').filter({ hasText: 'Nya koordinatorn' });
  await expect(waiting).toContainText(t.roles.deltagaransvarig);
  await expect(waiting).toContainText('Alingsås kommun');
  await checkPage(page, 'confirm-roles-sv');
  await waiting.getByRole('button', { name: t.confirmRoles.confirmFor(t.roles.deltagaransvarig, 'Nya koordinatorn') }).click();
  await expect(page.getByRole('status')).toHaveText(t.confirmRoles.done(t.roles.deltagaransvarig, 'Nya koordinatorn'));
  await expect(page.getByText(t.confirmRoles.none)).toBeVisible();
  await context.close();

  const after = await signedInAs(browser, 'forbundschef', 'sv', '/anvandare');
  await expect(row(after.page, 'Nya koordinatorn')).not.toContainText(t.users.pending);
  await after.context.close();
});

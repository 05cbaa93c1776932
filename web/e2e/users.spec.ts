import { expect, test } from './fixtures';
import { signedInAs } from './access';
import type { Lang } from './helpers';
import { DICT, checkPage, expectErrorSummary } from './money';

const row = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('table').locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`users and roles (${lang}): the förbund's users with roles and dates, axe, 320 px`, async ({ browser }) => {
    const t = DICT[lang];
    const { context, page } = await signedInAs(browser, 'forbundschef', lang, '/anvandare');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.users.title);
    await expect(page.getByRole('navigation', { name: t.header.mainNav }).getByRole('link', { name: t.header.users }))
      .toHaveAttribute('aria-current', 'page');
    // The count names the table's rows (the demo's nine users, more when other specs have added some).
    await expect(row(page, 'Revisorn')).toBeVisible();
    const rows = await page.getByRole('table').locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(9);
    await expect(page.getByRole('status')).toHaveText(t.users.count(rows));
    await expect(row(page, 'Koordinatorn')).toContainText(t.roles.deltagaransvarig);
    await expect(row(page, 'Koordinatorn')).toContainText('2020-01-01');
    await expect(row(page, 'Revisorn')).toContainText(t.roles.revisor);
    // The administrator cannot disable themselves: no button in their own row.
    await expect(row(page, 'Förbundschefen').getByRole('button', { name: new RegExp(t.users.disable) })).toHaveCount(0);
    await checkPage(page, `users-${lang}`);
    await context.close();
  });
}

test('forbundschef creates a user, meets separation of duties, removes a role and disables a user', async ({ browser }) => {
  test.setTimeout(90_000);
  const t = DICT.sv;
  const { context, page } = await signedInAs(browser, 'forbundschef', 'sv', '/anvandare');
  const form = page.locator('form').filter({ has: page.locator('#user-username') });

  await form.getByRole('button', { name: t.users.create.submit }).click();
  await expectErrorSummary(page, t.accessErrors['username.required']);
  await expect(page.locator('#user-username')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#user-username')).toHaveAttribute('aria-describedby', /user-username-error/);
  // Nobody but the user chooses their password: the form has no password field.
  await expect(page.locator('#user-password')).toHaveCount(0);
  await checkPage(page, 'users-errors-sv');

  await page.locator('#user-username').fill('forbundschef');
  await page.locator('#user-displayName').fill('Dubblett');
  await form.getByRole('button', { name: t.users.create.submit }).click();
  await expectErrorSummary(page, t.accessErrors['username.taken']);

  await page.locator('#user-username').fill('anna.berg');
  await page.locator('#user-displayName').fill('Anna Berg');
  await page.locator('#user-role').selectOption('ekonom');
  await page.locator('#user-validFrom').fill('2026-01-01');
  await form.getByRole('button', { name: t.users.create.submit }).click();
  await expect(page.getByRole('status').first()).toHaveText(t.users.create.done('Anna Berg'));
  await expect(page.locator('#invitation-url')).toHaveValue(/\/inbjudan#[A-Za-z0-9_-]{40,}$/);
  await expect(row(page, 'Anna Berg')).toContainText(t.roles.ekonom);

  // Koordinatorn is deltagaransvarig: the administrator role is refused, in Swedish and in English.
  await row(page, 'Koordinatorn').getByRole('button', { name: `${t.users.addRole} ${t.users.forUser('Koordinatorn')}` }).click();
  let dialog = page.getByRole('dialog');
  await dialog.locator('#assign-role').selectOption('administrator');
  await dialog.getByRole('button', { name: t.users.assign.submit }).click();
  await expectErrorSummary(page, 'Administratör kan inte samtidigt vara deltagaransvarig i samma förbund');
  await expect(dialog.locator('#assign-role-error')).toHaveText(t.accessErrors['role.separation_of_duties']);
  await checkPage(page, 'users-assign-error-sv');
  await dialog.getByRole('button', { name: t.common.cancel }).click();
  await expect(dialog).toHaveCount(0);
  const en = DICT.en;
  await page.getByRole('button', { name: 'English' }).click();
  await row(page, 'Koordinatorn').getByRole('button', { name: `${en.users.addRole} ${en.users.forUser('Koordinatorn')}` }).click();
  await dialog.locator('#assign-role').selectOption('administrator');
  await dialog.getByRole('button', { name: en.users.assign.submit }).click();
  await expectErrorSummary(page, en.accessErrors['role.separation_of_duties']);
  await dialog.getByRole('button', { name: en.common.cancel }).click();
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(row(page, 'Koordinatorn')).not.toContainText(t.roles.administrator);

  // A second role for Anna, then remove it again (confirm dialog).
  await row(page, 'Anna Berg').getByRole('button', { name: `${t.users.addRole} ${t.users.forUser('Anna Berg')}` }).click();
  dialog = page.getByRole('dialog');
  await dialog.locator('#assign-role').selectOption('revisor');
  await dialog.getByRole('button', { name: t.users.assign.submit }).click();
  await expect(page.getByRole('status')).toHaveText(t.users.assign.done(t.roles.revisor, 'Anna Berg'));
  await expect(row(page, 'Anna Berg')).toContainText(t.roles.revisor);

  await row(page, 'Anna Berg').getByRole('button', { name: new RegExp(`${t.users.removeRole} ${t.roles.revisor}`) }).click();
  dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText(t.users.remove.title);
  // Let the dialog's fade-in finish before axe measures contrast.
  await dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  await checkPage(page, 'users-remove-dialog-sv');
  await dialog.getByRole('button', { name: t.users.remove.confirm }).click();
  await expect(page.getByRole('status')).toHaveText(t.users.remove.done(t.roles.revisor, 'Anna Berg'));
  await expect(row(page, 'Anna Berg')).not.toContainText(t.roles.revisor);

  await row(page, 'Anna Berg').getByRole('button', { name: `${t.users.disable} ${t.users.forUser('Anna Berg')}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: t.users.disableDialog.confirm }).click();
  await expect(page.getByRole('status')).toHaveText(t.users.disableDialog.done('Anna Berg'));
  await expect(row(page, 'Anna Berg')).toContainText(t.users.disabled);
  await context.close();
});

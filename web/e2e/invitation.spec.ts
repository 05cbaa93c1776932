import { expect, test } from './fixtures';
import { signedInAs, submitLogin } from './access';
import { openPage } from './helpers';
import { DEMO_ASSOCIATION } from './env';
import { DICT, checkPage, expectErrorSummary } from './money';

const row = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('table').locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

// Issue 11: accounts by invitation. The administrator gets a one-time link; only the new user chooses the
// password; a used link, and a link of a disabled user, are refused.
test('a new user sets their own password through a one-time link, which then no longer works', async ({ browser }) => {
  test.setTimeout(120_000);
  const t = DICT.sv;
  const admin = await signedInAs(browser, 'forbundschef', 'sv', '/anvandare');
  const chef = admin.page;
  await chef.locator('#user-username').fill('lisa.lind');
  await chef.locator('#user-displayName').fill('Lisa Lind');
  await chef.locator('#user-role').selectOption('revisor');
  await chef.locator('form').filter({ has: chef.locator('#user-username') }).getByRole('button', { name: t.users.create.submit }).click();
  await expect(chef.getByRole('status').first()).toHaveText(t.users.create.done('Lisa Lind'));
  const link = await chef.locator('#invitation-url').inputValue();
  expect(link).toMatch(/\/inbjudan#[A-Za-z0-9_-]{40,}$/);
  await expect(row(chef, 'Lisa Lind')).toContainText(t.users.awaitingPassword);
  await checkPage(chef, 'users-invitation-link-sv');

  // Lisa opens the link in her own browser: the token leaves the address bar at once.
  const lisa = await openPage(browser, { lang: 'sv' });
  await lisa.page.goto(link);
  await expect(lisa.page.getByRole('heading', { level: 1 })).toHaveText(t.invitation.title);
  await expect(lisa.page.locator('#invitation-username')).toHaveValue('lisa.lind');
  expect(lisa.page.url()).not.toContain('#');
  await lisa.page.getByRole('button', { name: t.invitation.submit }).click();
  await expectErrorSummary(lisa.page, t.accessErrors['password.required']);
  await lisa.page.locator('#invitation-password').fill('lisas eget lösenord');
  await lisa.page.locator('#invitation-repeat').fill('lisas eget lösenorD');
  await lisa.page.getByRole('button', { name: t.invitation.submit }).click();
  await expectErrorSummary(lisa.page, t.accessErrors['passwordRepeat.mismatch']);
  await checkPage(lisa.page, 'invitation-errors-sv');
  await lisa.page.locator('#invitation-repeat').fill('lisas eget lösenord');
  await lisa.page.getByRole('button', { name: t.invitation.submit }).click();
  await expect(lisa.page.getByRole('status')).toContainText(t.invitation.done);
  await checkPage(lisa.page, 'invitation-done-sv');
  await lisa.page.getByRole('link', { name: t.invitation.toLogin }).click();
  await submitLogin(lisa.page, 'lisa.lind', 'lisas eget lösenord');
  await expect(lisa.page.getByRole('heading', { level: 1 })).toHaveText(DEMO_ASSOCIATION);

  // The same link again, in another browser: refused.
  const other = await openPage(browser, { lang: 'sv' });
  await other.page.goto(link);
  await expect(other.page.getByRole('alert')).toHaveText(t.accessErrors['token.used']);
  await checkPage(other.page, 'invitation-used-sv');
  await expect(other.page.locator('#invitation-password')).toHaveCount(0);

  // A new link (forgotten password), then Lisa is disabled: the new link is refused too.
  await chef.reload();
  await expect(row(chef, 'Lisa Lind')).toContainText(t.users.active);
  await row(chef, 'Lisa Lind').getByRole('button', { name: `${t.users.newLink} ${t.users.forUser('Lisa Lind')}` }).click();
  await chef.getByRole('dialog').getByRole('button', { name: t.users.inviteDialog.confirm }).click();
  await expect(chef.getByRole('status').first()).toHaveText(t.users.inviteDialog.done('Lisa Lind'));
  const second = await chef.locator('#invitation-url').inputValue();
  expect(second).not.toBe(link);
  await row(chef, 'Lisa Lind').getByRole('button', { name: `${t.users.disable} ${t.users.forUser('Lisa Lind')}` }).click();
  await chef.getByRole('dialog').getByRole('button', { name: t.users.disableDialog.confirm }).click();
  await expect(row(chef, 'Lisa Lind')).toContainText(t.users.disabled);
  await other.page.goto(second);
  await expect(other.page.getByRole('alert')).toHaveText(t.accessErrors['token.disabled']);
  // And an address with no token at all.
  await other.page.goto('/inbjudan');
  await expect(other.page.getByRole('alert')).toHaveText(t.accessErrors['token.required']);
  await Promise.all([admin.context.close(), lisa.context.close(), other.context.close()]);
});

import { expect, test } from './fixtures';
import { loginAs, signedInAs, submitLogin } from './access';
import { DEMO_ASSOCIATION, adminPassword } from './env';
import { openPage, type Lang } from './helpers';
import { DICT, checkPage, expectErrorSummary } from './money';

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`my account (${lang}): change password and sign out everywhere, axe, 320 px`, async ({ browser }) => {
    const t = DICT[lang];
    const { context, page } = await signedInAs(browser, 'remittent', lang, '/konto');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.account.title);
    await expect(page.getByText(t.account.signedInAs('Remittenten', 'remittent'))).toBeVisible();
    await page.getByRole('button', { name: t.account.changeSubmit }).click();
    await expectErrorSummary(page, t.accessErrors['currentPassword.required']);
    await expect(page.locator('#account-new')).toHaveAttribute('aria-invalid', 'true');
    await checkPage(page, `account-${lang}`);
    await context.close();
  });
}

test('a user changes the password (errors first) and signs in with the new one', async ({ browser }) => {
  const t = DICT.sv;
  const newPassword = 'ett nytt långt lösenord';
  const { context, page } = await signedInAs(browser, 'insatsansvarig', 'sv', '/konto');
  await page.locator('#account-current').fill('fel lösenord helt');
  await page.locator('#account-new').fill('kort');
  await page.locator('#account-repeat').fill('annat');
  await page.getByRole('button', { name: t.account.changeSubmit }).click();
  await expectErrorSummary(page, t.accessErrors['password.too_short']);
  await expect(page.locator('#account-repeat-error')).toHaveText(t.accessErrors['passwordRepeat.mismatch']);

  await page.locator('#account-new').fill(newPassword);
  await page.locator('#account-repeat').fill(newPassword);
  await page.getByRole('button', { name: t.account.changeSubmit }).click();
  await expectErrorSummary(page, t.accessErrors['currentPassword.wrong']);

  await page.locator('#account-current').fill(adminPassword());
  await page.getByRole('button', { name: t.account.changeSubmit }).click();
  await expect(page.getByRole('status')).toHaveText(t.account.changed);

  // The new session works for writes too (new CSRF token): sign out normally.
  await page.getByRole('button', { name: t.header.logout, exact: true }).click();
  await expect(page.getByText(t.login.loggedOut)).toBeVisible();
  await submitLogin(page, 'insatsansvarig', adminPassword());
  await expect(page.getByText(t.errors.invalid_credentials).first()).toBeVisible();
  await submitLogin(page, 'insatsansvarig', newPassword);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_ASSOCIATION);

  // Leave the demo user as found: later specs sign in with the demo password.
  await page.goto('/konto');
  await page.locator('#account-current').fill(newPassword);
  await page.locator('#account-new').fill(adminPassword());
  await page.locator('#account-repeat').fill(adminPassword());
  await page.getByRole('button', { name: t.account.changeSubmit }).click();
  await expect(page.getByRole('status')).toHaveText(t.account.changed);
  await context.close();
});

test('sign out everywhere ends this and every other session of the user', async ({ browser }) => {
  const t = DICT.sv;
  // Two sessions of their own, each signed in through the form (not one kept session for both).
  const other = await openPage(browser, { lang: 'sv' });
  await loginAs(other.page, 'styrelse');
  const { context, page } = await signedInAs(browser, 'styrelse', 'sv', '/konto', { throughForm: true });
  await page.getByRole('button', { name: t.account.everywhereSubmit }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText(t.login.loggedOutEverywhere)).toBeVisible();
  await checkPage(page, 'login-logged-out-everywhere-sv');

  // The other browser's session has ended too.
  await other.page.goto('/medlemmar');
  await expect(other.page).toHaveURL(/\/login$/);
  await other.context.close();
  await context.close();
});

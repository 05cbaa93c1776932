import { expect, test } from './fixtures';
import { DEMO_MEMBERS } from './env';
import { expectNoAxeViolations, login, openPage } from './helpers';

test('language switch to English and back persists and sets <html lang>', async ({ browser }) => {
  const { context, page } = await openPage(browser);
  await login(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('8 members');
  const table = page.getByRole('table', { name: 'Members' });
  await expect(table.getByRole('columnheader')).toHaveText(['Member', 'Kind of party', 'Joined', 'Left', 'Status']);
  await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText(DEMO_MEMBERS[0].kindEn);
  await expect(page.getByRole('contentinfo').getByRole('link')).toHaveText('Accessibility statement');
  await expectNoAxeViolations(page);

  // Persists across a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await context.close();
});

test('the language switch is available before login', async ({ browser }) => {
  const { context, page } = await openPage(browser);
  await page.goto('/login');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await expect(page.getByLabel('Username')).toBeVisible();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('ds-error-summary').getByRole('link')).toHaveText(['Enter your username.', 'Enter your password.']);
  await expectNoAxeViolations(page);
  await context.close();
});

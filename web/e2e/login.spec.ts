import { expect, test } from './fixtures';
import { ADMIN_USER, DEMO_ASSOCIATION, adminPassword } from './env';
import { expectNoAxeViolations, login, openPage } from './helpers';

test.describe('login page', () => {
  test('is axe-clean when empty', async ({ browser }) => {
    const { context, page } = await openPage(browser);
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
    await expect(page.getByLabel('Användarnamn')).toBeVisible();
    await expect(page.getByLabel('Lösenord')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page).toHaveTitle('Logga in – Samordna');
    await expectNoAxeViolations(page);
    await context.close();
  });

  test('unauthenticated start page redirects to login', async ({ browser }) => {
    const { context, page } = await openPage(browser);
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await context.close();
  });

  test('a signed-out visitor is asked nothing that is refused: no 401, no console error, before and after a session', async ({ browser }) => {
    const { context, page } = await openPage(browser);
    const refused: string[] = [];
    const errors: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) refused.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.locator('#username')).toBeVisible();
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    // Signed in and out again: the cookie is gone, and the next visit asks nothing that is refused either.
    await page.locator('#username').fill(ADMIN_USER);
    await page.locator('#password').fill(adminPassword());
    await page.locator('form button[type="submit"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_ASSOCIATION);
    expect((await context.cookies()).map((c) => `${c.name} ${c.httpOnly}`)).toEqual(['samordna_session true']);
    await page.getByRole('button', { name: 'Logga ut', exact: true }).click();
    await expect(page).toHaveURL(/\/login$/);
    expect(await context.cookies()).toEqual([]);
    await page.goto('/');
    await expect(page.locator('#username')).toBeVisible();
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('empty submit shows a focused error summary and inline errors', async ({ browser }) => {
    const { context, page } = await openPage(browser);
    await page.goto('/login');
    await page.getByRole('button', { name: 'Logga in' }).click();

    const summary = page.locator('ds-error-summary');
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { level: 2 })).toHaveText('Det gick inte att logga in');
    await expect(summary.getByRole('link')).toHaveText(['Ange användarnamn.', 'Ange lösenord.']);

    const username = page.locator('#username');
    await expect(username).toHaveAttribute('aria-invalid', 'true');
    await expect(username).toHaveAttribute('aria-describedby', /\busername-error\b/);
    await expect(page.locator('#username-error')).toHaveText('Ange användarnamn.');
    await expect(page.locator('#password')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#password-error')).toHaveText('Ange lösenord.');
    await expectNoAxeViolations(page);

    // The summary's links move focus to the field.
    await summary.getByRole('link', { name: 'Ange lösenord.' }).click();
    await expect(page.locator('#password')).toBeFocused();

    // Submitting again with one field fixed keeps the summary focused and updated.
    await username.fill('admin');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Ange lösenord.']);
    await expect(username).not.toHaveAttribute('aria-invalid', 'true');
    await context.close();
  });

  test('wrong password gives one message that does not say which part was wrong', async ({ browser }) => {
    const { context, page } = await openPage(browser);
    await page.goto('/login');
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill('definitely-not-the-password');
    await page.getByRole('button', { name: 'Logga in' }).click();

    const summary = page.locator('ds-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('listitem')).toHaveText(['Fel användarnamn eller lösenord.']);
    await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
    await expect(page.locator('#password')).toHaveValue('');
    await expectNoAxeViolations(page);
    await context.close();
  });

  test('signed-in user visiting /login goes to the start page', async ({ browser }) => {
    const { context, page } = await openPage(browser);
    await login(page);
    await page.goto('/login');
    await expect(page).toHaveURL(/\/$/);
    await context.close();
  });
});

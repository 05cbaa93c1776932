import { expect, test } from './fixtures';
import { DEMO_ASSOCIATION, DEMO_MEMBERS } from './env';
import { expectNoAxeViolations, login, openPage } from './helpers';

test.describe('start page', () => {
  test('shows the förbund and all its members', async ({ browser }) => {
    const { context, page } = await openPage(browser);
    await login(page);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_ASSOCIATION);
    await expect(page).toHaveTitle(`${DEMO_ASSOCIATION} – Samordna`);
    const facts = page.getByLabel('Uppgifter om förbundet');
    await expect(facts).toContainText('222000-0000');
    await expect(facts).toContainText('Mölndal');
    await expect(facts).toContainText('2006-07-01');
    await expect(page.getByRole('status')).toHaveText('8 medlemmar');
    await expect(page.getByRole('banner')).toContainText('Administratör');

    const table = page.getByRole('table', { name: 'Förbundsmedlemmar' });
    await expect(table.getByRole('columnheader')).toHaveText(['Medlem', 'Typ av part', 'Inträde', 'Utträde', 'Status']);
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(8);
    for (const [i, member] of DEMO_MEMBERS.entries()) {
      const cells = rows.nth(i).locator('th, td');
      // Issue 3's demo: Härryda gave notice in 2020 and left at the end of 2023.
      const left = member.name === 'Härryda kommun';
      await expect(cells.nth(0)).toHaveText(member.name);
      await expect(cells.nth(1)).toHaveText(member.kind);
      await expect(cells.nth(2)).toHaveText('2006-07-01');
      await expect(cells.nth(3)).toHaveText(left ? '2023-12-31' : '—Inget datum');
      await expect(cells.nth(4)).toHaveText(left ? 'Utträdd' : 'Aktiv');
    }
    await expectNoAxeViolations(page);
    await context.close();
  });

  test('logout returns to the login page', async ({ browser }) => {
    const { context, page } = await openPage(browser);
    await login(page);
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByText('Du är nu utloggad.')).toBeVisible();
    await expectNoAxeViolations(page);
    // The session is gone on the server too.
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await context.close();
  });

  test('a 401 while signed in leads to login with a session-expired message', async ({ browser }) => {
    const { context, page } = await openPage(browser);
    await login(page);
    await page.route('**/api/v1/associations', (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Session expired', status: 401, code: 'session_expired' }),
      }),
    );
    // Leave the start page and come back: the start page reloads its data and gets a 401.
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByText('Din session har gått ut. Logga in igen.')).toBeVisible();
    await expect(page.getByText('Session expired')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await context.close();
  });

  test('several förbund get a chooser', async ({ browser }) => {
    const { context, page } = await openPage(browser);
    await page.route('**/api/v1/associations', (route) =>
      route.fulfill({
        json: {
          items: [
            { id: 1, name: DEMO_ASSOCIATION, orgNumber: '222000-2295', seat: 'Alingsås', formedOn: '2006-07-01' },
            { id: 99, name: 'Samordningsförbundet Test', orgNumber: '222000-0000', seat: 'Lerum', formedOn: '2010-01-01' },
          ],
        },
      }),
    );
    await page.route('**/api/v1/associations/99/members', (route) =>
      route.fulfill({
        json: {
          items: [
            { id: 1, name: 'Lerums kommun', partyKind: 'kommun', code: '1441', joinedOn: '2010-01-01', leftOn: '2020-12-31', status: 'left' },
          ],
        },
      }),
    );
    await login(page);
    const chooser = page.getByLabel('Samordningsförbund');
    await expect(chooser).toBeVisible();
    await chooser.selectOption({ label: 'Samordningsförbundet Test' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samordningsförbundet Test');
    await expect(page.getByRole('status')).toHaveText('1 medlem');
    const cells = page.locator('tbody tr').first().locator('th, td');
    await expect(cells).toHaveText(['Lerums kommun', 'Kommun', '2010-01-01', '2020-12-31', 'Utträdd']);
    await expectNoAxeViolations(page);
    await context.close();
  });
});

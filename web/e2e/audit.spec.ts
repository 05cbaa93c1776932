import { expect, test } from './fixtures';
import { menuLinks, signedInAs } from './access';
import type { Lang } from './helpers';
import { DICT, checkPage, expectErrorSummary } from './money';

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`audit log (${lang}): revisor sees the events, newest first, axe, 320 px`, async ({ browser }) => {
    const t = DICT[lang];
    const { context, page } = await signedInAs(browser, 'revisor', lang, '/granskningslogg');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.audit.title);
    const table = page.getByRole('table', { name: t.audit.caption });
    await expect(table.locator('tbody tr').first()).toBeVisible();
    await expect(page.getByRole('columnheader', { name: t.audit.at })).toHaveAttribute('aria-sort', 'descending');
    // Local date-time in the row headers, newest first.
    const times = await table.getByRole('rowheader').allInnerTexts();
    expect(times[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect([...times].sort().reverse()).toEqual(times);
    // Every user cell names a user and every action is translated, whichever events are newest (the
    // system users "demo" and "retention", or what other specs did before).
    for (const user of await table.locator('tbody tr td:nth-child(2)').allInnerTexts()) expect(user.trim()).not.toBe('');
    const known = new Set(Object.values(t.audit.actions));
    for (const action of await table.locator('tbody tr td:nth-child(3)').allInnerTexts()) expect(known).toContain(action);
    await expect(page.getByRole('status')).toHaveText(new RegExp(lang === 'sv' ? 'händelser' : 'events'));
    // The demo generator's events: filtered by user; fields show "name: value".
    await page.locator('#audit-username').fill('demo');
    await page.getByRole('button', { name: t.audit.apply }).click();
    await expect(page.getByRole('status')).toHaveText(new RegExp(lang === 'sv' ? 'händelser' : 'events'));
    await expect(table.locator('tbody tr td:nth-child(2)').first()).toHaveText('demo');
    for (const user of await table.locator('tbody tr td:nth-child(2)').allInnerTexts()) expect(user).toBe('demo');
    await expect(table.locator('.audit-fields li').first()).toBeVisible();
    // The daily retention run's removals: delete, person (translated).
    await page.locator('#audit-username').fill('retention');
    await page.locator('#audit-action').selectOption('delete');
    await page.getByRole('button', { name: t.audit.apply }).click();
    await expect(table.locator('tbody tr td:nth-child(2)').first()).toHaveText('retention');
    await expect(table.locator('tbody tr').first()).toContainText(t.audit.actions.delete);
    await expect(table.locator('tbody tr').first()).toContainText(t.audit.entities.person);
    await expect(page.locator('#audit-scope')).toHaveCount(0);
    await checkPage(page, `audit-${lang}`);
    await context.close();
  });
}

test('revisor filters the audit log and downloads the CSV; no user admin, no edit buttons on money', async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await signedInAs(browser, 'revisor', 'sv', '/granskningslogg');
  const links = await menuLinks(page, 'sv');
  expect(links).toContain(t.header.audit);
  expect(links).toContain(t.header.contributions);
  expect(links).not.toContain(t.header.users);

  await page.locator('#audit-from').fill('2026-02-30');
  await page.getByRole('button', { name: t.audit.apply }).click();
  await expectErrorSummary(page, t.accessErrors['from.invalid']);
  await expect(page.locator('#audit-from')).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'audit-errors-sv');
  await page.locator('#audit-from').fill('');

  const filtered = page.waitForResponse((r) => r.url().includes('/audit?') && r.url().includes('entity=budget'));
  await page.locator('#audit-entity').selectOption('budget');
  await page.locator('#audit-username').fill('demo');
  await page.getByRole('button', { name: t.audit.apply }).click();
  const body = (await (await filtered).json()) as { total: number; pageSize: number };
  expect(body.total).toBeGreaterThan(0);
  const table = page.getByRole('table', { name: t.audit.caption });
  for (const cell of await table.locator('tbody tr td:nth-child(4)').allInnerTexts()) expect(cell).toBe(t.audit.entities.budget);
  await expect(page.getByRole('status')).toHaveText(t.audit.count(body.total, 1, Math.min(body.total, body.pageSize)));

  // The CSV link carries the same filter and is itself logged.
  const link = page.getByRole('link', { name: t.audit.download });
  await expect(link).toHaveAttribute('href', /\/api\/v1\/associations\/1\/audit\.csv\?username=demo&entity=budget$/);
  const csv = await page.request.get((await link.getAttribute('href')) ?? '');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');

  // The download is itself logged.
  await page.getByRole('button', { name: t.audit.reset }).click();
  await page.locator('#audit-action').selectOption('export');
  await page.getByRole('button', { name: t.audit.apply }).click();
  await expect(table.locator('tbody tr').first()).toContainText(t.audit.actions.export);

  // Money pages: read only.
  await page.goto('/medlemsavgifter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.contributions.title);
  await expect(page.getByRole('link', { name: /Ny budget|budget för/i })).toHaveCount(0);
  await page.goto('/eget-kapital');
  await expect(page.getByText(t.money.readOnly)).toBeVisible();
  await expect(page.locator('main form')).toHaveCount(0);
  await page.goto('/medlemmar');
  await expect(page.getByRole('table').getByRole('button')).toHaveCount(0);
  await page.goto('/anvandare');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.noAccess.title);
  await checkPage(page, 'no-access-sv');
  await context.close();
});

test("a förbund's log holds its users' logins and failed logins", async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await signedInAs(browser, 'revisor', 'sv', '/granskningslogg', { throughForm: true });
  const filtered = page.waitForResponse((r) => /\/api\/v1\/associations\/1\/audit\?action=login$/.test(r.url()));
  await page.locator('#audit-action').selectOption('login');
  await page.getByRole('button', { name: t.audit.apply }).click();
  expect((await filtered).status()).toBe(200);
  const table = page.getByRole('table', { name: t.audit.caption });
  await expect(table.locator('tbody tr').first()).toContainText(t.audit.actions.login);
  await expect(table.locator('tbody tr').first()).toContainText('revisor');
  await context.close();
});

test('the superuser can switch to the whole installation, which holds the logins', async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await signedInAs(browser, 'admin', 'sv', '/granskningslogg', { throughForm: true });
  await page.locator('#audit-scope').selectOption('installation');
  await expect(page.getByRole('link', { name: t.audit.download })).toHaveCount(0);
  const filtered = page.waitForResponse((r) => /\/api\/v1\/audit\?action=login$/.test(r.url()));
  await page.locator('#audit-action').selectOption('login');
  await page.getByRole('button', { name: t.audit.apply }).click();
  expect((await filtered).status()).toBe(200);
  const table = page.getByRole('table', { name: t.audit.caption });
  await expect(table.locator('tbody tr').first()).toContainText(t.audit.actions.login);
  await expect(table.locator('tbody tr').first()).toContainText('admin');
  await checkPage(page, 'audit-installation-sv');
  await context.close();
});

test('paging: previous/next ask the server for the page and announce the range', async ({ browser }) => {
  const t = DICT.sv;
  // Not from the start page: the revisor's start page asks for the audit log itself.
  const { context, page } = await signedInAs(browser, 'revisor', 'sv', '/konto');
  // The demo has fewer than 50 events: serve a long log so the pager appears.
  const asked: string[] = [];
  await page.route('**/api/v1/associations/1/audit*', async (route) => {
    const url = new URL(route.request().url());
    asked.push(url.search);
    const pageNo = Number(url.searchParams.get('page') ?? '1');
    const items = Array.from({ length: pageNo < 3 ? 50 : 20 }, (_, i) => ({
      id: 1000 - (pageNo - 1) * 50 - i, at: 1_790_000_000 - ((pageNo - 1) * 50 + i) * 60, userId: 2, username: 'demo',
      clientAddress: '', associationId: 1, action: 'update', entity: 'budget', entityId: '2026',
      fields: [{ name: 'totalOre.before', value: '100' }, { name: 'totalOre', value: '150000' }, { name: 'note', value: null }],
    }));
    await route.fulfill({ json: { items, total: 120, page: pageNo, pageSize: 50 } });
  });
  await page.goto('/granskningslogg');
  const pager = page.getByRole('navigation', { name: t.common.pagination });
  await expect(pager).toContainText(t.common.pageOf(1, 3));
  await expect(page.getByRole('status')).toHaveText(t.audit.count(120, 1, 50));
  await expect(pager.getByRole('button', { name: t.common.previous })).toHaveAttribute('aria-disabled', 'true');
  // A change reads before → after in kronor, the field's name translated.
  await expect(page.getByRole('table').locator('tbody tr').first()).toContainText(`${t.audit.fieldNames.totalOre}: 1\u00a0kr → 1\u00a0500\u00a0kr`);
  await expect(page.getByRole('table').locator('tbody tr').first().locator('li').nth(1)).toHaveText(t.audit.fieldNames.note);
  await pager.getByRole('button', { name: t.common.next }).click();
  await pager.getByRole('button', { name: t.common.next }).click();
  await expect(pager).toContainText(t.common.pageOf(3, 3));
  await expect(page.getByRole('status')).toHaveText(t.audit.count(120, 101, 120));
  await expect(pager.getByRole('button', { name: t.common.next })).toHaveAttribute('aria-disabled', 'true');
  expect(asked).toEqual(['', '?page=2', '?page=3']);
  await checkPage(page, 'audit-paging-sv');
  await context.close();
});

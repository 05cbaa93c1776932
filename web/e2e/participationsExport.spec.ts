/**
 * The participant-level export on /deltagare: a pseudonymised CSV of the period for staff with
 * personal data (logged as an export), the period's errors, and no export for roles without it.
 */
import { expect, test, type Browser } from './fixtures';
import { now } from './clock';
import { readFileSync } from 'node:fs';
import { formatDate } from '../src/format';
import { loginAs, signedInAs } from './access';
import { openPage, type Lang } from './helpers';
import { DICT, checkPage, expectErrorSummary } from './money';

const year = formatDate(now()).slice(0, 4);

/** The number of export events of `username` in the audit log, as the revisor reads it. */
async function exportsLogged(browser: Browser, username: string): Promise<number> {
  const { context, page } = await openPage(browser, { lang: 'sv' });
  await loginAs(page, 'revisor');
  const response = await page.request.get(`/api/v1/associations/1/audit?action=export&username=${username}`);
  expect(response.status()).toBe(200);
  const { total } = (await response.json()) as { total: number };
  await context.close();
  return total;
}

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`participations export (${lang}): koordinator downloads this year's participations as a pseudonymised CSV, logged`, async ({ browser }) => {
    const te = DICT[lang].participationsExport;
    const before = await exportsLogged(browser, 'koordinator');
    const { context, page } = await signedInAs(browser, 'koordinator', lang, '/deltagare');
    const section = page.getByRole('region', { name: te.title });
    await expect(section).toBeVisible();
    await expect(section.getByText(te.pseudonymised)).toBeVisible();
    await expect(section.getByText(te.logged)).toBeVisible();
    await expect(page.locator('#export-from')).toHaveValue(`${year}-01-01`);
    await expect(page.locator('#export-to')).toHaveValue(`${year}-12-31`);

    const answered = page.waitForResponse((r) => r.url().includes('/participations.csv?'));
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: te.submit }).click();
    const response = await answered;
    expect(response.status()).toBe(200);
    expect(response.url()).toMatch(new RegExp(`/api/v1/associations/1/participations\\.csv\\?from=${year}-01-01&to=${year}-12-31$`));
    expect(response.headers()['content-type']).toContain('text/csv');
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('deltaganden.csv');
    const text = readFileSync(await download.path(), 'utf8');
    // Swedish Excel: BOM, semicolons, CRLF; one row per participation, a number per person, no identity.
    expect(text.startsWith('\ufeffDeltagande;Insats;Deltagare;Kön;Födelseår;Kommun;')).toBe(true);
    const lines = text.split('\r\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).not.toMatch(/Namn|Personnummer/i);
    expect(text).not.toMatch(/\d{6}(\d{2})?[-+]\d{4}/);
    for (const line of lines.slice(1)) expect(line.split(';')[2]).toMatch(/^(P\d+|anonym)$/);
    await expect(page.getByRole('status').filter({ hasText: te.done('deltaganden.csv') })).toBeVisible();
    await checkPage(page, `participations-export-${lang}`);
    await context.close();
    expect(await exportsLogged(browser, 'koordinator')).toBe(before + 1);
  });
}

test('participations export: the period is checked in the browser, the server’s 422 is shown in the form', async ({ browser }) => {
  const t = DICT.sv;
  const te = t.participationsExport;
  const { context, page } = await signedInAs(browser, 'koordinator', 'sv', '/deltagare');
  let asked = 0;
  page.on('request', (r) => {
    if (r.url().includes('/participations.csv')) asked += 1;
  });
  const submit = page.getByRole('button', { name: te.submit });
  await page.locator('#export-from').fill(`${year}-05-01`);
  await page.locator('#export-to').fill(`${year}-04-30`);
  await submit.click();
  await expectErrorSummary(page, t.followUpErrors['to.before_from'] ?? '');
  await expect(page.locator('#export-to')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('#export-from').fill(`${year}-02-30`);
  await page.locator('#export-to').fill('');
  await submit.click();
  await expectErrorSummary(page, t.followUpErrors['from.invalid'] ?? '');
  await expectErrorSummary(page, t.followUpErrors['to.required'] ?? '');
  expect(asked).toBe(0);
  await checkPage(page, 'participations-export-errors-sv');

  // The server is authoritative: its 422 (a period before the förbund was formed, or after this year)
  // lands in the form, translated, and nothing is saved.
  let saved = 0;
  page.on('download', () => (saved += 1));
  for (const [periodFrom, periodTo, field, key] of [
    ['1999-01-01', '2000-12-31', 'from', 'from.before_data'],
    [`${year}-01-01`, `${Number(year) + 1}-01-31`, 'to', 'to.after_data'],
  ] as const) {
    await page.locator('#export-from').fill(periodFrom);
    await page.locator('#export-to').fill(periodTo);
    const answered = page.waitForResponse((r) => r.url().includes(`/participations.csv?from=${periodFrom}&to=${periodTo}`));
    await submit.click();
    const response = await answered;
    expect(response.status()).toBe(422);
    expect(await response.json()).toMatchObject({ errors: [{ field, code: key.split('.')[1] }] });
    await expectErrorSummary(page, t.followUpErrors[key] ?? '');
    await expect(page.locator(`#export-${field}`)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#export-${field}-error`)).toHaveText(t.followUpErrors[key] ?? '');
  }
  await expect(page.getByText(t.followUpErrors['from.before_data'] ?? '')).toHaveCount(0);
  expect(saved).toBe(0);
  await checkPage(page, 'participations-export-server-errors-sv');
  await context.close();
});

test('participations export: styrelse has no participants page and no export; the API refuses it', async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await signedInAs(browser, 'styrelse', 'sv', '/deltagare');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.noAccess.title);
  await expect(page.getByRole('button', { name: t.participationsExport.submit })).toHaveCount(0);
  await expect(page.getByRole('region', { name: t.participationsExport.title })).toHaveCount(0);
  const response = await page.request.get(`/api/v1/associations/1/participations.csv?from=${year}-01-01&to=${year}-12-31`);
  expect(response.status()).toBe(403);
  await context.close();
});

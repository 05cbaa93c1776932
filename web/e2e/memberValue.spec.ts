import { expect, test } from './fixtures';
import { signedInAs } from './access';
import type { Lang } from './helpers';
import { DICT, checkPage, expectErrorSummary, expectProtectedRow } from './money';

const ALINGSAS = '8';

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`member value (${lang}): styrelse opens Alingsås 2017-01-01 – 2020-03-14, 83 in the extensive insatser, the PDF`, async ({ browser }) => {
    const t = DICT[lang];
    const tv = t.memberValue;
    const { context, page } = await signedInAs(browser, 'styrelse', lang, '/medlemsnytta');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tv.title);
    await page.locator('#mv-member').selectOption(ALINGSAS);
    await page.locator('#mv-from').fill('2017-01-01');
    await page.locator('#mv-to').fill('2020-03-14');
    const answered = page.waitForResponse((r) => r.url().includes('/members/8/value?'));
    await page.getByRole('button', { name: tv.apply, exact: true }).click();
    expect((await answered).status()).toBe(200);
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(tv.heading('Alingsås kommun')) })).toBeVisible();
    // Unique persons by intensity: 83 in the extensive insatser (protected: within 2).
    const uniquePersons = new RegExp(t.statistics.measures.unique_persons);
    const extensive = await page.getByRole('table', { name: uniquePersons }).getByRole('row', { name: new RegExp(t.statistics.keys.extensive) }).locator('td').last().textContent();
    expect(Math.abs(Number(extensive) - 83)).toBeLessThanOrEqual(2);
    await expectProtectedRow(page, tv.summary, tv.persons, [239, 379]);
    // Participations by insats × gender, suppressed: Primus is "..".
    const participations = new RegExp(t.statistics.measures.participations.replace(/[()]/g, '.'));
    await expect(page.getByRole('table', { name: participations }).getByRole('row', { name: /Primus/ })).toContainText('..');
    // Its total row: women, men and in all (the column totals of the figure).
    await expectProtectedRow(page, participations, t.statistics.total, [163, 92, 255]);
    // A figure without columns has its total only.
    await expectProtectedRow(page, uniquePersons, t.statistics.total, [239]);
    // The PDF link carries the period and answers a PDF.
    const link = page.getByRole('link', { name: tv.pdf });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/api\/v1\/members\/8\/value\.pdf\?from=2017-01-01&to=2020-03-14$/);
    const pdf = await page.request.get(href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The what-if summary.
    await expect(page.getByRole('heading', { level: 2, name: tv.whatIf })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: t.withdrawal.result })).toBeVisible();
    await checkPage(page, `member-value-${lang}`);
    await context.close();
  });
}

test('member value: period errors are summarised; koordinator has no access', async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await signedInAs(browser, 'styrelse', 'sv', '/medlemsnytta');
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(t.memberValue.heading('')) })).toBeVisible();
  await page.locator('#mv-from').fill('2020-01-01');
  await page.locator('#mv-to').fill('2019-01-01');
  await page.getByRole('button', { name: t.memberValue.apply, exact: true }).click();
  await expectErrorSummary(page, t.followUpErrors['to.before_from'] ?? '');
  await expect(page.locator('#mv-to')).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'member-value-errors-sv');
  await context.close();

  const k = await signedInAs(browser, 'koordinator', 'sv', '/medlemsnytta');
  await expect(k.page.getByRole('heading', { level: 1 })).toHaveText(t.noAccess.title);
  await k.context.close();
});

import { expect, test } from './fixtures';
import { now } from './clock';
import { formatDate } from '../src/format';
import { signedInAs } from './access';
import type { Lang } from './helpers';
import { DICT, checkPage, conflictOnce, expectErrorSummary } from './money';

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`insatser (${lang}): the catalogue and an insats with waiting times; koordinator has the queue link`, async ({ browser }) => {
    const t = DICT[lang];
    const { context, page } = await signedInAs(browser, 'koordinator', lang, '/insatser');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.catalogue.title);
    const table = page.getByRole('table', { name: t.catalogue.caption });
    // The demo's ten, and those another spec on the same server may have imported (insatsImport.spec).
    await expect(page.getByRole('status')).toHaveText(/\d/);
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(10);
    await expect(page.getByRole('status')).toHaveText(t.catalogue.count(rows));
    await expect(table.getByRole('row', { name: /Kunskapsdialoger/ })).toContainText(t.catalogue.kinds.structural);
    await expect(table.getByRole('row', { name: /Primus/ })).toContainText(t.catalogue.openEntry);
    await expect(page.getByRole('link', { name: t.catalogue.create })).toHaveCount(0);
    await checkPage(page, `insatser-${lang}`);

    await table.getByRole('link', { name: 'Balder/Activera' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Balder/Activera');
    await expect(page).toHaveTitle(/^Balder\/Activera – Samordna$/);
    await expect(page.getByRole('link', { name: t.catalogue.queueLink })).toBeVisible();
    await expect(page.getByRole('link', { name: t.catalogue.edit })).toHaveCount(0);
    const waits = page.getByRole('table', { name: t.catalogue.waits.caption });
    await expect(waits.locator('tbody tr')).toHaveCount(2);
    await expect(waits.locator('tbody tr').nth(1).locator('td').first()).not.toHaveText('0');
    await expect(page.getByRole('table', { name: t.catalogue.budgetCaption })).toContainText('560');
    await expect(page.getByText(t.catalogue.intensities.extensive)).toBeVisible();
    await checkPage(page, `insats-${lang}`);
    await context.close();
  });
}

test('forbundschef edits an insats (409 reloads), sees no queue link, records attendance', async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await signedInAs(browser, 'forbundschef', 'sv', '/insatser/1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aktiv Lerum');
  await expect(page.getByRole('link', { name: t.catalogue.queueLink })).toHaveCount(0);
  await page.getByRole('link', { name: t.catalogue.edit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.insatsForm.editTitle('Aktiv Lerum'));

  await page.locator('#insats-maxAge').fill('10');
  await page.getByRole('button', { name: t.insatsForm.submitEdit }).click();
  await expectErrorSummary(page, t.participantErrors['maxAge.out_of_range'] ?? '');
  await checkPage(page, 'insats-edit-errors-sv');
  await page.locator('#insats-maxAge').fill('64');

  await conflictOnce(page, '**/api/v1/associations/1/insatser/1');
  await page.locator('#insats-description').fill('Träning på gym – ändrad');
  await page.getByRole('button', { name: t.insatsForm.submitEdit }).click();
  await expectErrorSummary(page, t.errors.version_conflict);
  // The form was reloaded with the stored text; make the change again.
  await expect(page.locator('#insats-description')).not.toHaveValue('Träning på gym – ändrad');
  await page.locator('#insats-description').fill('Träning på gym – ändrad');
  await page.getByRole('button', { name: t.insatsForm.submitEdit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aktiv Lerum');
  await expect(page.getByText('Träning på gym – ändrad')).toBeVisible();

  // An edit keeps an extensive insats extensive (the form used to leave the flag out, which made it light).
  await page.goto('/insatser/2/andra');
  await expect(page.locator('#insats-extensive')).toBeChecked();
  await page.getByRole('button', { name: t.insatsForm.submitEdit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Balder/Activera');
  await expect(page.getByText(t.catalogue.intensities.extensive)).toBeVisible();

  await page.goto('/insatser/10');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kunskapsdialoger/);
  const table = page.getByRole('table', { name: t.catalogue.attendance.caption });
  // count() does not wait: let the demo's attendance rows arrive first.
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const before = await table.locator('tbody tr').count();
  await page.getByRole('button', { name: t.catalogue.attendance.submit }).click();
  await expectErrorSummary(page, t.fieldErrors.required(t.catalogue.attendance.onNoun));
  // Tomorrow is refused beside the field (attendance is counted once the day has come), and nothing is added.
  const tomorrow = new Date(now().getTime() + 86_400_000);
  await page.locator('#attendance-on').fill(formatDate(tomorrow));
  await page.locator('#attendance-women').fill('12');
  await page.locator('#attendance-men').fill('7');
  await page.getByRole('button', { name: t.catalogue.attendance.submit }).click();
  const future = t.participantErrors['on.future'] ?? '';
  expect(future).not.toBe('');
  await expectErrorSummary(page, future);
  await expect(page.locator('#attendance-on-error')).toHaveText(future);
  await expect(table.locator('tbody tr')).toHaveCount(before);
  await page.locator('#attendance-on').fill('2026-11-20');
  await page.getByRole('button', { name: t.catalogue.attendance.submit }).click();
  await expect(page.getByRole('status')).toHaveText(t.catalogue.attendance.added('2026-11-20'));
  await expect(table.locator('tbody tr')).toHaveCount(before + 1);
  await expect(table.locator('tbody tr').first()).toContainText('19');
  await checkPage(page, 'insats-attendance-sv');

  // A row recorded wrongly is corrected with a reason (issue 15, item 2).
  const ta = t.catalogue.attendance;
  await page.getByRole('button', { name: ta.correctFor('2026-11-20') }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('#attendance-fix-women')).toHaveValue('12');
  await dialog.locator('#attendance-fix-women').fill('13');
  await dialog.getByRole('button', { name: ta.correctSubmit }).click();
  await expectErrorSummary(page, t.participantErrors['reason.required'] ?? '');
  await page.waitForTimeout(500); // the dialog fades in
  await checkPage(page, 'insats-attendance-correction-sv');
  await dialog.locator('#attendance-fix-reason').fill('En deltagare räknades inte');
  await dialog.getByRole('button', { name: ta.correctSubmit }).click();
  await expect(page.getByRole('status')).toHaveText(ta.corrected('2026-11-20'));
  await expect(table.locator('tbody tr').first()).toContainText('20');

  await page.goto('/insatser/ny');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.insatsForm.createTitle);
  await page.locator('#insats-name').fill('Ny testinsats');
  await page.locator('#insats-leadMemberId').selectOption({ label: 'Lerums kommun' });
  await page.locator('#insats-capacity').fill('10');
  await page.locator('#insats-startsOn').fill('2026-12-01');
  await page.getByRole('group', { name: t.insatsForm.cooperating }).getByRole('checkbox', { name: 'Försäkringskassan' }).check();
  await page.getByRole('group', { name: t.insatsForm.cooperating }).getByRole('checkbox', { name: 'Lerums kommun' }).check();
  await page.getByRole('group', { name: t.insatsForm.kommuner }).getByRole('checkbox', { name: 'Lerums kommun' }).check();
  await page.getByRole('button', { name: t.insatsForm.submitCreate }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ny testinsats');
  await context.close();
});

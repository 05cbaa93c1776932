/**
 * Staff and structure in the UI (issue 15, item 5): the förbundschef puts the insatsansvarig to work in a
 * structural insats, who can then record its attendance; target groups are added on the catalogue page.
 */
import { expect, test } from './fixtures';
import { signedInAs } from './access';
import type { Lang } from './helpers';
import { DICT, checkPage, expectErrorSummary } from './money';

const KUNSKAPSDIALOGER = '/insatser/10';
const NAME = 'Kunskapsdialoger och föreläsningar';

test('forbundschef assigns the insatsansvarig to an insats, who then records attendance there', async ({ browser }) => {
  const t = DICT.sv;
  const ts = t.catalogue.staff;
  const chef = await signedInAs(browser, 'forbundschef', 'sv', KUNSKAPSDIALOGER);
  await expect(chef.page.getByRole('heading', { level: 1 })).toHaveText(/Kunskapsdialoger/);
  const group = chef.page.getByRole('group', { name: ts.legend(NAME) });
  const insatsansvarig = group.getByRole('checkbox', { name: /^Insatsansvarig/ });
  await expect(insatsansvarig).not.toBeChecked();
  // No one works in the demo's open activity; the koordinator (deltagaransvarig) is offered too.
  await expect(group.getByRole('checkbox', { name: /^Koordinatorn/ })).not.toBeChecked();
  // Only people with a staff role are offered: not the ekonom.
  await expect(group.getByRole('checkbox', { name: /^Ekonomen/ })).toHaveCount(0);

  // Before: the insatsansvarig does not work here and has no attendance form.
  const lead = await signedInAs(browser, 'insatsansvarig', 'sv', KUNSKAPSDIALOGER);
  await expect(lead.page.getByRole('heading', { name: t.catalogue.attendance.title })).toBeVisible();
  await expect(lead.page.getByRole('button', { name: t.catalogue.attendance.submit })).toHaveCount(0);
  await expect(lead.page.getByRole('heading', { name: ts.title })).toHaveCount(0);

  await insatsansvarig.check();
  await chef.page.getByRole('button', { name: ts.submit }).click();
  await expect(chef.page.getByRole('status').filter({ hasText: ts.saved(NAME, 1) })).toBeVisible();
  await checkPage(chef.page, 'insats-staff-sv');

  await lead.page.reload();
  await lead.page.locator('#attendance-on').fill('2026-11-24');
  await lead.page.locator('#attendance-women').fill('5');
  await lead.page.locator('#attendance-men').fill('4');
  await lead.page.getByRole('button', { name: t.catalogue.attendance.submit }).click();
  await expect(lead.page.getByRole('status').filter({ hasText: t.catalogue.attendance.added('2026-11-24') })).toBeVisible();
  await lead.context.close();

  // Taken off again (the other specs expect the demo's staff).
  await chef.page.reload();
  await chef.page.getByRole('group', { name: ts.legend(NAME) }).getByRole('checkbox', { name: /^Insatsansvarig/ }).uncheck();
  await chef.page.getByRole('button', { name: ts.submit }).click();
  await expect(chef.page.getByRole('status').filter({ hasText: ts.saved(NAME, 0) })).toBeVisible();
  await chef.context.close();
});

// Two people change the staff at once: the second, whose list was read before the first saved, is told the list
// changed and sees it as it is now, so the first's change is not silently undone.
test('a staff list changed by someone else since it was read is not replaced, and is shown as it is now', async ({
  browser,
}) => {
  const t = DICT.sv;
  const ts = t.catalogue.staff;
  const first = await signedInAs(browser, 'forbundschef', 'sv', KUNSKAPSDIALOGER);
  const second = await signedInAs(browser, 'forbundschef', 'sv', KUNSKAPSDIALOGER);
  const box = (page: typeof first.page, name: RegExp) =>
    page.getByRole('group', { name: ts.legend(NAME) }).getByRole('checkbox', { name });
  await expect(box(second.page, /^Koordinatorn/)).not.toBeChecked();

  await box(first.page, /^Insatsansvarig/).check();
  await first.page.getByRole('button', { name: ts.submit }).click();
  await expect(first.page.getByRole('status').filter({ hasText: ts.saved(NAME, 1) })).toBeVisible();

  await box(second.page, /^Koordinatorn/).check();
  await second.page.getByRole('button', { name: ts.submit }).click();
  await expectErrorSummary(second.page, t.errors.version_conflict);
  await expect(box(second.page, /^Insatsansvarig/)).toBeChecked();  // the first one's change, as it is now
  await expect(box(second.page, /^Koordinatorn/)).not.toBeChecked();
  await checkPage(second.page, 'insats-staff-conflict-sv');
  await box(second.page, /^Koordinatorn/).check();
  await second.page.getByRole('button', { name: ts.submit }).click();
  await expect(second.page.getByRole('status').filter({ hasText: ts.saved(NAME, 2) })).toBeVisible();

  // Taken off again (the other specs expect the demo's staff).
  await box(second.page, /^Insatsansvarig/).uncheck();
  await box(second.page, /^Koordinatorn/).uncheck();
  await second.page.getByRole('button', { name: ts.submit }).click();
  await expect(second.page.getByRole('status').filter({ hasText: ts.saved(NAME, 0) })).toBeVisible();
  await first.context.close();
  await second.context.close();
});

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`forbundschef adds a target group, refused empty or twice (${lang})`, async ({ browser }) => {
    const t = DICT[lang];
    const tg = t.catalogue.targetGroupForm;
    const { context, page } = await signedInAs(browser, 'forbundschef', lang, '/insatser');
    await expect(page.getByRole('heading', { name: tg.title })).toBeVisible();
    await page.getByRole('button', { name: tg.submit }).click();
    await expectErrorSummary(page, t.fieldErrors.required(tg.nameNoun));
    const name = `Unga vuxna ${lang} ${Date.now()}`;
    await page.getByLabel(tg.name).fill(name);
    await page.getByRole('button', { name: tg.submit }).click();
    await expect(page.getByRole('status').filter({ hasText: tg.added(name) })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: name })).toBeVisible();
    await page.getByLabel(tg.name).fill(name);
    await page.getByRole('button', { name: tg.submit }).click();
    await expectErrorSummary(page, t.participantErrors['name.duplicate'] ?? '');
    await checkPage(page, `target-groups-${lang}`);
    await context.close();
  });
}

test('the koordinator sees neither the staff nor the target group form', async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await signedInAs(browser, 'koordinator', 'sv', '/insatser');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.catalogue.title);
  await expect(page.getByRole('button', { name: t.catalogue.targetGroupForm.submit })).toHaveCount(0);
  await page.goto(KUNSKAPSDIALOGER);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kunskapsdialoger/);
  await expect(page.getByRole('heading', { name: t.catalogue.staff.title })).toHaveCount(0);
  await context.close();
});

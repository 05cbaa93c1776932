import { expect, test } from './fixtures';
import { isoDaysFromToday } from './clock';
import { DEMO_MEMBERS } from './env';
import type { Lang } from './helpers';
import { DICT, checkPage, conflictOnce, expectErrorSummary, rowCells, signedIn } from './money';

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`members (${lang}): table with status and notices, axe, 320 px`, async ({ browser }) => {
    const t = DICT[lang];
    const { context, page } = await signedIn(browser, lang, '/medlemmar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.members.title);
    const table = page.getByRole('table', { name: t.members.caption });
    await expect(table.locator('tbody tr')).toHaveCount(8);
    await expect(table.getByRole('rowheader')).toHaveText(DEMO_MEMBERS.map((m) => m.name));
    await expect(page.getByRole('navigation', { name: t.header.mainNav }).getByRole('link', { name: t.header.members }))
      .toHaveAttribute('aria-current', 'page');

    const harryda = rowCells(page, t.members.caption, 'Härryda kommun');
    await expect(harryda.nth(2)).toHaveText('1401');
    await expect(harryda.nth(4)).toHaveText(t.memberStatus.left);
    await expect(harryda.nth(5)).toContainText('2020-06-15');
    await expect(harryda.nth(5)).toContainText('2023-12-31');

    const alingsas = rowCells(page, t.members.caption, 'Alingsås kommun');
    await expect(alingsas.nth(4)).toHaveText(t.memberStatus.active);
    await expect(alingsas.nth(5)).toContainText('2021-05-26');
    await expect(alingsas.nth(5)).toContainText(t.members.noticeRevoked('2023-06-14'));

    // FK and AF cannot give notice: no button in their rows.
    await expect(rowCells(page, t.members.caption, 'Försäkringskassan').getByRole('button')).toHaveCount(0);
    await checkPage(page, `members-${lang}`);
    await context.close();
  });
}

test('adding a member: client errors, then the server rejects an unknown kommun code', async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await signedIn(browser, 'sv', '/medlemmar');
  const form = page.locator('form').filter({ has: page.locator('#member-name') });
  await form.getByRole('button', { name: t.members.add.submit }).click();
  await expectErrorSummary(page, 'Ange namn.');
  await expect(page.locator('#member-name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#member-joinedOn')).toHaveAttribute('aria-describedby', /member-joinedOn-error/);
  await checkPage(page, 'members-errors-sv');

  await page.locator('#member-name').fill('Stenungsunds kommun');
  await page.locator('#member-partyKind').selectOption('kommun');
  await page.locator('#member-code').fill('1415');
  await page.locator('#member-joinedOn').fill('2024-01-01');
  await form.getByRole('button', { name: t.members.add.submit }).click();
  await expectErrorSummary(page, t.moneyErrors['code.unknown']);
  await expect(page.locator('#member-code-error')).toHaveText(t.moneyErrors['code.unknown']);
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(8);

  // A second Försäkringskassan is refused too, in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('#member-name').fill('Försäkringskassan 2');
  await page.locator('#member-partyKind').selectOption('fk');
  await form.getByRole('button', { name: DICT.en.members.add.submit }).click();
  await expectErrorSummary(page, DICT.en.moneyErrors['partyKind.duplicate_party']);
  await context.close();
});

test('a notice on Lerum is registered and revoked (the demo stays as it was)', async ({ browser }) => {
  const t = DICT.sv;
  // Given ten days ago (a notice dated in the future is not in force yet), so Lerum is still a member when
  // it is revoked today.
  const given = isoDaysFromToday(-10);
  const revoked = isoDaysFromToday(0);
  const endsOn = `${Number(given.slice(0, 4)) + 3}-12-31`;
  const { context, page } = await signedIn(browser, 'sv', '/medlemmar');
  const lerum = () => rowCells(page, t.members.caption, 'Lerums kommun');
  await lerum().getByRole('button', { name: `${t.members.giveNotice} för Lerums kommun` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText(t.members.noticeForm.title('Lerums kommun'));

  await dialog.getByRole('button', { name: t.members.noticeForm.submit }).click();
  await expectErrorSummary(page, 'Ange datum för uppsägningen.');
  await checkPage(page, 'members-notice-dialog-sv');

  await dialog.getByLabel(t.members.noticeForm.givenOn).fill(given);
  await dialog.getByLabel(t.members.noticeForm.decidedBy).fill('Kommunfullmäktige');
  await dialog.getByLabel(t.members.noticeForm.reference).fill(`KF § 12/${given.slice(0, 4)}`);
  await dialog.getByRole('button', { name: t.members.noticeForm.submit }).click();
  await expect(page.getByRole('status')).toHaveText(t.members.noticeForm.done('Lerums kommun'));
  await expect(dialog).toHaveCount(0);
  await expect(lerum().nth(4)).toHaveText(t.memberStatus.notice_given);
  await expect(lerum().nth(5)).toContainText(given);
  await expect(lerum().nth(5)).toContainText(endsOn);

  await lerum().getByRole('button', { name: `${t.members.revoke} för Lerums kommun` }).click();
  await page.getByRole('dialog').getByLabel(t.members.revokeForm.revokedOn).fill(revoked);
  await page.getByRole('dialog').getByRole('button', { name: t.members.revokeForm.submit }).click();
  await expect(page.getByRole('status')).toHaveText(t.members.revokeForm.done('Lerums kommun'));
  await expect(lerum().nth(4)).toHaveText(t.memberStatus.active);
  await expect(lerum().nth(5)).toContainText(t.members.noticeRevoked(revoked));
  await context.close();
});

test('a stale version gets a clear message and fresh data', async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await signedIn(browser, 'sv', '/medlemmar');
  await conflictOnce(page, '**/api/v1/members/*/notice');
  await rowCells(page, t.members.caption, 'Partille kommun').getByRole('button').first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t.members.noticeForm.givenOn).fill('2025-03-01');
  await dialog.getByLabel(t.members.noticeForm.decidedBy).fill('Kommunfullmäktige');
  const reload = page.waitForRequest((r) => r.url().endsWith('/members') && r.method() === 'GET');
  await dialog.getByRole('button', { name: t.members.noticeForm.submit }).click();
  await expectErrorSummary(page, t.errors.version_conflict);
  await reload;
  await context.close();
});

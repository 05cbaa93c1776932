import { expect, test } from './fixtures';
import { signedInAs } from './access';
import { apiCall } from './apiCall';
import { DICT, checkPage, expectErrorSummary } from './money';

const PNR = '20010203-7652'; // a new person in På gång (led by Alingsås)

function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

// Issue 11: the data subject's rights, for the lead party's dataskyddsansvarig: the register extract with who
// has read the data (page and PDF), rectification, restriction and erasure, each with a reason.
test('the party’s data protection contact makes a register extract, rectifies, restricts and erases', async ({ browser }) => {
  test.setTimeout(150_000);
  const t = DICT.sv;
  const td = t.dataSubject;
  // The koordinator registers and starts a person in På gång, and reads the participant page.
  const k = await signedInAs(browser, 'koordinator', 'sv', '/');
  const insatser = (await apiCall(k.page, 'GET', '/insatser')) as { items: { id: number; name: string }[] };
  const paGang = insatser.items.find((i) => i.name === 'På gång')!.id;
  const referral = await apiCall(k.page, 'POST', '/referrals', {
    insatsId: paGang, referringMemberId: 3, referredOn: isoDaysAgo(10), personnummer: PNR, name: 'Elsa Ursprunglig',
    kommunCode: '1489', targetGroupId: 1, overrideEligibility: true, reason: 'Behöver stöd.',
  });
  const participation = await apiCall(k.page, 'POST', `/referrals/${referral.id}/start`, {
    startedOn: isoDaysAgo(5), consent: { formReference: 'Blankett 1', givenOn: isoDaysAgo(5) }, version: 1,
  });
  await k.page.goto(`/deltagare/${participation.personId}`);
  await expect(k.page.getByRole('heading', { level: 1 })).toBeVisible();
  // A correction with a reason: free text about the person, which the extract shows.
  const corrected = await apiCall(k.page, 'POST', `/participations/${participation.id}/correction`, {
    startedOn: isoDaysAgo(6), endedOn: null, exitReason: null, atStart: participation.atStart ?? null, atEnd: null,
    reason: 'Startdatumet skrevs fel', version: participation.version,
  });

  // The contact's start page leads to the rights.
  const { context, page } = await signedInAs(browser, 'dataskydd', 'sv', '/');
  const section = page.getByRole('region', { name: t.dashboard.dataProtection.title });
  await expect(section).toBeVisible();
  await checkPage(page, 'start-dataskydd-sv');
  await section.getByRole('link', { name: t.dashboard.dataProtection.extract }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(td.title);
  await page.getByRole('button', { name: td.show }).click();
  await expectErrorSummary(page, t.participantErrors['personnummer.personnummer_required']!);
  await page.locator('#subject-personnummer').fill('19121212-1212');
  await page.getByRole('button', { name: td.show }).click();
  await expect(page.getByRole('status')).toHaveText(td.notFound);
  await page.locator('#subject-personnummer').fill(PNR);
  await page.getByRole('button', { name: td.show }).click();
  await expect(page.getByRole('heading', { name: td.extractTitle('Elsa Ursprunglig') })).toBeVisible();
  await expect(page.getByText(PNR)).toBeVisible();
  await expect(page.getByRole('table', { name: /Deltaganden/ })).toContainText('På gång');
  const corrections = page.getByRole('table', { name: td.correctionsCaption(1) });
  await expect(corrections).toContainText('På gång');
  await expect(corrections).toContainText('Startdatumet skrevs fel');
  const access = page.getByRole('table', { name: /Vilka som har läst/ });
  await expect(access).toContainText('koordinator');
  await expect(access).toContainText(t.person.views.participant!);
  expect(page.url()).not.toContain('2001');
  await checkPage(page, 'register-extract-sv');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: td.pdf }).click();
  expect((await download).suggestedFilename()).toBe('registerutdrag.pdf');
  await expect(page.getByRole('status')).toContainText('registerutdrag.pdf');

  // Rectification needs a reason.
  await page.locator('#rectify-name').fill('Elsa Rättad');
  await page.getByRole('button', { name: td.rectify, exact: true }).click();
  await expectErrorSummary(page, t.participantErrors['reason.required']!);
  await page.locator('#rectify-reason').fill('Stavfel i efternamnet');
  await page.getByRole('button', { name: td.rectify, exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(td.rectified);
  await expect(page.getByRole('heading', { name: td.extractTitle('Elsa Rättad') })).toBeVisible();

  // Restriction, then lifted.
  await page.locator('#restrict-reason').fill('Personen bestrider uppgifternas riktighet');
  await page.getByRole('button', { name: td.restrict, exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(td.restrictedDone);
  await expect(page.locator('.facts')).toContainText(td.restricted);
  await page.locator('#restrict-reason').fill('Utrett');
  await page.getByRole('button', { name: td.lift }).click();
  await expect(page.getByRole('status')).toHaveText(td.lifted);

  // Erasure: refused while the participation goes on, then for good.
  await page.locator('#erase-reason').fill('Begäran om radering');
  await page.getByRole('button', { name: td.erase, exact: true }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: td.eraseConfirm }).click();
  await expect(dialog).toContainText(t.participantErrors['person.ongoing_participation']!);
  await dialog.getByRole('button', { name: t.common.cancel }).click();
  await apiCall(k.page, 'POST', `/participations/${participation.id}/end`, { endedOn: isoDaysAgo(0), exitReason: 'other', version: corrected.version });
  await page.getByRole('button', { name: td.erase, exact: true }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: td.eraseConfirm }).click();
  await expect(page.getByRole('status')).toHaveText(td.erased);
  await page.locator('#subject-personnummer').fill(PNR);
  await page.getByRole('button', { name: td.show }).click();
  await expect(page.getByRole('status')).toHaveText(td.notFound);
  await Promise.all([context.close(), k.context.close()]);
});

test('the record of processing (art. 30) per controller, made from the configuration, axe', async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await signedInAs(browser, 'dataskydd', 'sv', '/pub-avtal');
  await page.getByRole('link', { name: t.processingRecord.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.processingRecord.title);
  await page.locator('#record-member').selectOption({ label: 'Alingsås kommun' });
  await expect(page.getByRole('heading', { name: t.processingRecord.recordFor('Alingsås kommun') })).toBeVisible();
  await expect(page.getByRole('table', { name: /Partens insatser/ })).toContainText('På gång');
  await expect(page.getByRole('table', { name: /PUB-avtal/ }).locator('tbody tr')).not.toHaveCount(0);
  await checkPage(page, 'processing-record-sv');
  await context.close();
});

import { expect, test } from './fixtures';
import { isoDaysFromToday } from './clock';
import { signedInAs } from './access';
import { apiCall } from './apiCall';
import { DICT, checkPage, expectErrorSummary } from './money';
import { personnummerBornIn } from './participants';

const PNR = personnummerBornIn(1991, '04-04', '238');
const SNAPSHOT = { support: ['forsorjningsstod'], monthsOnSupport: 14, education: 'upper_secondary', occupation: 'job_seeking', extentPercent: 50 };

// Issue 15, item 2: the koordinator sees what was recorded at start and end, corrects an end date with a reason
// (logged), and undoes an end; the dialog in Swedish and English, with axe.
test('koordinator corrects an end date with a reason and undoes the end', async ({ browser }) => {
  const t = DICT.sv;
  const tp = t.person;
  const tc = tp.correction;
  const { context, page } = await signedInAs(browser, 'koordinator', 'sv', '/');
  const insatser = (await apiCall(page, 'GET', '/insatser')) as { items: { id: number; name: string }[] };
  const paGang = insatser.items.find((i) => i.name === 'På gång')!.id;
  const referral = await apiCall(page, 'POST', '/referrals', {
    insatsId: paGang,
    referringMemberId: 3,
    referredOn: isoDaysFromToday(-10),
    personnummer: PNR,
    name: 'Rätta Rättsson',
    kommunCode: '1489',
    targetGroupId: 1,
    overrideEligibility: true,
    reason: 'Behöver stöd.',
  });
  const started = await apiCall(page, 'POST', `/referrals/${referral.id}/start`, {
    startedOn: isoDaysFromToday(-5),
    consent: { formReference: 'Blankett 9', givenOn: isoDaysFromToday(-5) },
    atStart: SNAPSHOT,
    version: 1,
  });
  await apiCall(page, 'POST', `/participations/${started.id}/end`, {
    endedOn: isoDaysFromToday(-2),
    exitReason: 'work',
    atEnd: { ...SNAPSHOT, support: ['none'], occupation: 'work', extentPercent: 100 },
    version: 1,
  });
  await page.goto(`/deltagare/${started.personId}`);
  const card = page.getByRole('region', { name: tp.participationTitle('På gång', isoDaysFromToday(-5)) });
  await expect(card).toBeVisible();
  // What was recorded at start and at end is shown.
  await expect(card.locator(`dl[aria-label="${t.participation.atStartTitle}"]`)).toContainText('Försörjningsstöd');
  await expect(card.locator(`dl[aria-label="${t.participation.atEndTitle}"]`)).toContainText('100');

  // Without a reason: refused beside the field.
  await card.getByRole('button', { name: tc.open }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('#correct-endedOn')).toHaveValue(isoDaysFromToday(-2));
  await dialog.locator('#correct-endedOn').fill(isoDaysFromToday(-3));
  await dialog.getByRole('button', { name: tc.submit }).click();
  await expectErrorSummary(page, t.participantErrors['reason.required'] ?? '');
  await expect(dialog.locator('#correct-reason-error')).toBeVisible();
  await checkPage(page, 'correction-errors-sv');

  // With a reason: saved, and the person's log says so.
  await dialog.locator('#correct-reason').fill('Fel slutdatum registrerat');
  const sent = page.waitForRequest((r) => r.url().endsWith('/correction') && r.method() === 'POST');
  await dialog.getByRole('button', { name: tc.submit }).click();
  expect((await sent).postDataJSON()).toMatchObject({ endedOn: isoDaysFromToday(-3), exitReason: 'work', reason: 'Fel slutdatum registrerat' });
  await expect(page.getByText(tc.done)).toBeVisible();
  await expect(card).toContainText(isoDaysFromToday(-3));
  await expect(page.getByRole('table', { name: tp.accessCaption })).toContainText(tp.views.correction ?? '');

  // The end undone: ongoing again, and it can be ended again.
  await card.getByRole('button', { name: tc.open }).click();
  await dialog.getByRole('checkbox', { name: tc.undoEnd }).check();
  await expect(dialog.locator('#correct-endedOn')).toHaveCount(0);
  await dialog.locator('#correct-reason').fill('Avslutades av misstag');
  await dialog.getByRole('button', { name: tc.submit }).click();
  await expect(page.getByText(tc.done)).toBeVisible();
  await expect(card).toContainText(tp.ongoing);
  await expect(card.getByRole('button', { name: tp.end })).toBeVisible();
  // Each correction with its reason, on the card (the log holds the values before and after, not the reason).
  const corrections = card.getByRole('table', { name: tc.caption('På gång') });
  await expect(corrections.getByRole('row')).toHaveCount(3);
  await expect(corrections).toContainText('Fel slutdatum registrerat');
  await expect(corrections).toContainText('Avslutades av misstag');
  await checkPage(page, 'correction-done-sv');
  await context.close();

  // The dialog in English.
  const en = await signedInAs(browser, 'koordinator', 'en', `/deltagare/${started.personId}`);
  await en.page.getByRole('button', { name: DICT.en.person.correction.open }).click();
  await expect(en.page.getByRole('dialog')).toContainText(DICT.en.person.correction.intro);
  await en.page.waitForTimeout(500); // the dialog fades in
  await checkPage(en.page, 'correction-en');
  await en.context.close();
});

// A correction may not make one of a person's periods in an insats run into another (issue 15, items 2–3): the
// person took part twice in På gång; moving the first period's end past the second's start is refused beside
// the field, and nothing changes.
test('a corrected end that would overlap the person’s later participation in the insats is refused', async ({ browser }) => {
  const t = DICT.sv;
  const tp = t.person;
  const tc = tp.correction;
  const { context, page } = await signedInAs(browser, 'koordinator', 'sv', '/');
  const insatser = (await apiCall(page, 'GET', '/insatser')) as { items: { id: number; name: string }[] };
  const paGang = insatser.items.find((i) => i.name === 'På gång')!.id;
  const pnr = personnummerBornIn(1992, '05-05', '349');
  const participate = async (referredOn: number, startedOn: number) => {
    const referral = await apiCall(page, 'POST', '/referrals', {
      insatsId: paGang,
      referringMemberId: 3,
      referredOn: isoDaysFromToday(referredOn),
      personnummer: pnr,
      name: 'Två Gånger',
      kommunCode: '1489',
      targetGroupId: 1,
      overrideEligibility: true,
      reason: 'Behöver stöd.',
    });
    return apiCall(page, 'POST', `/referrals/${referral.id}/start`, {
      startedOn: isoDaysFromToday(startedOn),
      consent: { formReference: 'Blankett 9', givenOn: isoDaysFromToday(startedOn) },
      atStart: SNAPSHOT,
      version: 1,
    });
  };
  const first = await participate(-30, -25);
  await apiCall(page, 'POST', `/participations/${first.id}/end`, {
    endedOn: isoDaysFromToday(-15),
    exitReason: 'completed',
    atEnd: SNAPSHOT,
    version: 1,
  });
  await participate(-12, -10);

  await page.goto(`/deltagare/${first.personId}`);
  const card = page.getByRole('region', { name: tp.participationTitle('På gång', isoDaysFromToday(-25)) });
  await card.getByRole('button', { name: tc.open }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('#correct-endedOn').fill(isoDaysFromToday(-5));
  await dialog.locator('#correct-reason').fill('Slutdatumet skrevs fel');
  await dialog.getByRole('button', { name: tc.submit }).click();
  const overlaps = t.participantErrors['endedOn.overlaps'] ?? '';
  expect(overlaps).not.toBe('');
  await expectErrorSummary(page, overlaps);
  await expect(dialog.locator('#correct-endedOn-error')).toHaveText(overlaps);
  await checkPage(page, 'correction-overlap-sv');
  await page.keyboard.press('Escape');
  await expect(card).toContainText(isoDaysFromToday(-15));
  await context.close();
});

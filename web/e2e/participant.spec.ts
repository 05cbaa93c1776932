import { expect, test } from './fixtures';
import { isoDaysFromToday } from './clock';
import { signedInAs } from './access';
import { DICT, checkPage } from './money';
import { LANGVARIGT, expectPersonnummerHidden, fillReferral, personnummerBornIn } from './participants';

const PNR = '20000101-1238';
const NAME = 'Test Deltagare';

test('koordinator starts a participation in Aktiv Lerum with consent, reveals the personnummer, saves a SIP, withdraws consent', async ({ browser }) => {
  const t = DICT.sv;
  const tp = t.person;
  const { context, page } = await signedInAs(browser, 'koordinator', 'sv', '/remiss');

  // A referral to Aktiv Lerum (free places), eligible.
  await fillReferral(page, { insats: 'Aktiv Lerum', member: 'Lerums kommun', personnummer: PNR, name: NAME, kommunCode: '1441', targetGroup: LANGVARIGT });
  await page.getByRole('button', { name: t.referrals.check }).click();
  await expect(page.locator('#eligibility-result')).toContainText(t.referrals.eligibleTitle);
  await page.getByRole('button', { name: t.referrals.submit }).click();
  await expect(page.getByRole('status').first()).toHaveText(t.referrals.sent('Aktiv Lerum'));

  // Start from the queue with consent and the at-start data.
  await page.goto('/insatser/1/ko');
  const row = page.getByRole('table', { name: t.queue.caption('Aktiv Lerum') }).locator('tr', { hasText: NAME });
  await expect(row).toContainText('20000101-****');
  await row.getByRole('link', { name: t.queue.actions.start }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.participation.startTitle);
  await page.getByRole('radio', { name: t.participation.consentYes }).check();
  await page.locator('#start-formReference').fill('SAM-2026-17');
  const support = page.getByRole('group', { name: t.participation.support });
  await support.getByRole('checkbox', { name: 'Ingen' }).check();
  await support.getByRole('checkbox', { name: 'Försörjningsstöd' }).check();
  await expect(support.getByRole('checkbox', { name: 'Ingen' })).not.toBeChecked();
  await page.locator('#start-monthsOnSupport').fill('14');
  await page.locator('#start-education').selectOption('upper_secondary');
  await page.locator('#start-occupation').selectOption('job_seeking');
  await page.locator('#start-extentPercent').fill('50');
  await checkPage(page, 'start-sv');
  const started = page.waitForRequest((r) => r.url().endsWith('/start') && r.method() === 'POST');
  await page.getByRole('button', { name: t.participation.submitStart }).click();
  expect((await started).postDataJSON()).toMatchObject({
    consent: { formReference: 'SAM-2026-17' },
    atStart: { support: ['forsorjningsstod'], monthsOnSupport: 14, education: 'upper_secondary', occupation: 'job_seeking', extentPercent: 50 },
  });

  // The participant page: masked until the logged reveal.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tp.title);
  await expect(page).toHaveURL(/\/deltagare\/\d+$/);
  await expect(page.locator('#person-personnummer')).toHaveText('20000101-****');
  await expect(page.getByRole('heading', { name: tp.participationTitle('Aktiv Lerum', '2026-11-22') }).or(page.getByRole('heading', { name: /Aktiv Lerum, från/ }))).toBeVisible();
  await page.getByRole('button', { name: tp.reveal }).click();
  await expect(page.locator('#person-personnummer')).toHaveText(PNR);
  await expect(page.getByText(tp.revealed)).toBeVisible();
  await expectPersonnummerHidden(page, PNR);
  const access = page.getByRole('table', { name: tp.accessCaption });
  await expect(access).toContainText(tp.views.personnummer ?? '');
  await expect(access).toContainText('koordinator');

  // The joint plan.
  await page.locator('#plan-needs').fill('Stöd i vardagen');
  await page.locator('#plan-ownGoals').fill('Arbete på deltid');
  await page.locator('#plan-nextFollowUpOn').fill(isoDaysFromToday(45));  // never a date already passed
  await page.getByRole('button', { name: t.plan.addAction }).click();
  await page.getByRole('button', { name: t.plan.submit }).click();
  await expect(page.locator('.ds-error-summary, ds-error-summary').first()).toContainText(t.participantErrors['overallMemberId.required'] ?? '');
  await page.locator('#plan-overall').selectOption({ label: 'Lerums kommun' });
  await page.locator('#plan-action-0-description').fill('Träna två gånger i veckan');
  await page.locator('#plan-action-0-responsibleMemberId').selectOption({ label: 'Lerums kommun' });
  await page.getByRole('button', { name: t.plan.submit }).click();
  await expect(page.getByText(t.plan.saved)).toBeVisible();
  await expect(page.locator('#plan-action-0-description')).toHaveValue('Träna två gånger i veckan');
  await checkPage(page, 'participant-sv');

  // Withdraw the follow-up consent: the dialog explains the participation becomes anonymous.
  await page.getByRole('button', { name: tp.withdrawFor(tp.purposes.follow_up) }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(tp.withdrawText);
  await page.waitForTimeout(500); // the dialog fades in
  await checkPage(page, 'participant-withdraw-sv');
  await dialog.getByRole('button', { name: tp.confirmWithdraw }).click();
  await expect(page.getByText(tp.withdrawnDone)).toBeVisible();
  await expect(page.getByText(tp.participationsNone)).toBeVisible();
  await expectPersonnummerHidden(page, PNR);
  await context.close();
});

test('the participant search sends the personnummer in a POST body and opens the person (en)', async ({ browser }) => {
  const t = DICT.en;
  // A person of its own, still waiting: one whose identity was removed (as the test above ends) cannot be found.
  const waiting = personnummerBornIn(2000, '01-01', '246');
  const { context, page } = await signedInAs(browser, 'koordinator', 'en', '/remiss');
  await fillReferral(page, { insats: 'Aktiv Lerum', member: 'Lerums kommun', personnummer: waiting, name: 'Sökt Person', kommunCode: '1441', targetGroup: LANGVARIGT });
  await page.getByRole('button', { name: t.referrals.submit }).click();
  await expect(page.getByRole('status').first()).toHaveText(t.referrals.sent('Aktiv Lerum'));
  await page.goto('/deltagare');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.person.searchTitle);
  await page.locator('#person-search').fill('19950505-2326');
  await page.getByRole('button', { name: t.person.searchSubmit }).click();
  await expect(page.locator('.ds-error-summary, ds-error-summary').first()).toContainText(t.participantErrors['personnummer.personnummer_checksum'] ?? '');
  await checkPage(page, 'participant-search-en');
  // The person whose consent was withdrawn above: removed for good, not found by the number.
  await page.locator('#person-search').fill(PNR);
  await page.getByRole('button', { name: t.person.searchSubmit }).click();
  await expect(page).toHaveURL(/\/deltagare$/);
  await page.locator('#person-search').fill(waiting);
  const searched = page.waitForRequest((r) => r.url().endsWith('/persons/search'));
  await page.getByRole('button', { name: t.person.searchSubmit }).click();
  const request = await searched;
  expect(request.method()).toBe('POST');
  expect(request.postDataJSON()).toEqual({ personnummer: waiting });
  await expect(page).toHaveURL(/\/deltagare\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.person.title);
  await expect(page.locator('#person-personnummer')).toHaveText('20000101-****');
  await expectPersonnummerHidden(page, waiting);
  await checkPage(page, 'participant-en');
  await context.close();
});

import { expect, test } from './fixtures';
import { signedInAs } from './access';
import { DICT, checkPage, expectErrorSummary } from './money';
import { LANGVARIGT, UNGA, expectPersonnummerHidden, fillReferral, personnummerBornIn } from './participants';
import { isoDaysFromToday } from './clock';

const TOO_OLD = '19880808-3433';

test('koordinator registers a referral with an eligibility problem and the explicit override', async ({ browser }) => {
  const t = DICT.sv;
  const tr = t.referrals;
  const { context, page } = await signedInAs(browser, 'koordinator', 'sv', '/remiss');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr.title);
  await checkPage(page, 'referral-sv');

  // The client checks the Luhn digit before anything is sent.
  await fillReferral(page, {
    insats: 'Balder/Activera',
    member: 'Alingsås kommun',
    personnummer: '19880808-3434',
    name: 'Test Äldre',
    kommunCode: '1489',
    targetGroup: UNGA,
  });
  await page.getByRole('button', { name: tr.submit }).click();
  await expectErrorSummary(page, t.participantErrors['personnummer.personnummer_checksum'] ?? '');
  await expect(page.locator('#referral-personnummer')).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'referral-errors-sv');

  // The eligibility check as feedback: too old for Balder.
  await page.locator('#referral-personnummer').fill(TOO_OLD);
  const checked = page.waitForRequest((r) => r.url().endsWith('/eligibility') && r.method() === 'POST');
  await page.getByRole('button', { name: tr.check }).click();
  expect((await checked).postDataJSON()).toMatchObject({ personnummer: TOO_OLD, insatsId: 2 });
  const feedback = page.locator('#eligibility-result');
  await expect(feedback).toContainText(tr.problemsTitle);
  await expect(feedback).toContainText(tr.problems.too_old);
  await expect(feedback).not.toContainText(tr.problems.outside_area);

  // Sending without the override is refused on the client; with it the referral is registered.
  await page.getByRole('button', { name: tr.submit }).click();
  await expectErrorSummary(page, t.participantErrors['overrideEligibility.required'] ?? '');
  await checkPage(page, 'referral-override-sv');
  await page.getByRole('checkbox', { name: tr.override }).check();
  const sent = page.waitForRequest((r) => r.url().endsWith('/referrals') && r.method() === 'POST');
  await page.getByRole('button', { name: tr.submit }).click();
  expect((await sent).postDataJSON()).toMatchObject({ overrideEligibility: true, personnummer: TOO_OLD, kommunCode: '1489' });
  await expect(page.getByRole('status').first()).toHaveText(`${tr.sent('Balder/Activera')} ${tr.sentOverride}`);
  await expect(page.locator('#referral-personnummer')).toHaveValue('');
  await expectPersonnummerHidden(page, TOO_OLD);

  // Mina remisser shows it, masked, with the exception noted.
  await page.getByRole('link', { name: tr.mine.title }).first().click();
  const table = page.getByRole('table', { name: tr.mine.caption });
  const row = table.locator('tr', { hasText: 'Test Äldre' });
  await expect(row).toContainText('19880808-****');
  await expect(row).toContainText(tr.states.received);
  await expect(row).toContainText(tr.overridden);
  await expectPersonnummerHidden(page, TOO_OLD);
  await context.close();
});

test('referral (en): another kommun typed as a code, eligibility feedback in English', async ({ browser }) => {
  const t = DICT.en;
  const tr = t.referrals;
  const { context, page } = await signedInAs(browser, 'koordinator', 'en', '/remiss');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr.title);
  await fillReferral(page, {
    insats: 'Balder/Activera',
    member: 'Alingsås kommun',
    personnummer: '20010203-4568',
    name: 'Test Utflyttad',
    kommunCode: 'other',
    targetGroup: UNGA,
  });
  await page.locator('#referral-otherKommunCode').fill('1384');
  await page.getByRole('button', { name: tr.check }).click();
  await expect(page.locator('#eligibility-result')).toContainText(tr.problems.outside_area);
  await expect(page.getByRole('checkbox', { name: tr.override })).toBeVisible();
  await checkPage(page, 'referral-en');
  await context.close();
});

test('a second referral of the same person to the same insats is flagged and sent only when confirmed', async ({ browser }) => {
  const t = DICT.sv;
  const tr = t.referrals;
  // The koordinator refers here (the demo's remittent must keep no referrals for remittent.spec's empty list).
  const { context, page } = await signedInAs(browser, 'koordinator', 'sv', '/remiss');
  const person = {
    insats: 'Aktiv Lerum',
    member: 'Lerums kommun',
    personnummer: personnummerBornIn(1990, '09-09', '238'),
    name: 'Dubbel Remiss',
    kommunCode: '1441',
    targetGroup: LANGVARIGT,
  };
  await fillReferral(page, person);
  await page.getByRole('button', { name: tr.submit }).click();
  await expect(page.getByRole('status').first()).toHaveText(tr.sent('Aktiv Lerum'));

  // The same person again: the check says so, and sending needs the confirmation.
  await fillReferral(page, person);
  await page.getByRole('button', { name: tr.check }).click();
  await expect(page.locator('#duplicate-result')).toContainText(tr.duplicatesTitle);
  await expect(page.locator('#duplicate-result')).toContainText(tr.duplicateReferral(isoDaysFromToday(0)));
  await page.getByRole('button', { name: tr.submit }).click();
  await expectErrorSummary(page, t.participantErrors['duplicate.open_referral'] ?? '');
  await checkPage(page, 'referral-duplicate-sv');
  await page.getByRole('checkbox', { name: tr.confirmDuplicate }).check();
  const sent = page.waitForRequest((r) => r.url().endsWith('/referrals') && r.method() === 'POST');
  await page.getByRole('button', { name: tr.submit }).click();
  expect((await sent).postDataJSON()).toMatchObject({ confirmDuplicate: true });
  await expect(page.getByRole('status').first()).toHaveText(tr.sent('Aktiv Lerum'));
  await context.close();
});

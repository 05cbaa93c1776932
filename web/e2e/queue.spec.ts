import { expect, test } from './fixtures';
import { signedInAs } from './access';
import type { Lang } from './helpers';
import { DICT, checkPage, expectErrorSummary } from './money';
import { apiCall } from './apiCall';
import { isoDaysFromToday } from './clock';
import { personnummerBornIn } from './participants';

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`queue (${lang}): Balder sorted by the server, by days waited`, async ({ browser }) => {
    const t = DICT[lang];
    const tq = t.queue;
    const { context, page } = await signedInAs(browser, 'koordinator', lang, '/insatser/2');
    await page.getByRole('link', { name: t.catalogue.queueLink }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tq.title('Balder/Activera'));
    const table = page.getByRole('table', { name: tq.caption('Balder/Activera') });
    await expect(table.locator('tbody tr').first()).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(new RegExp(lang === 'sv' ? 'remisser, visar 1–' : 'referrals, showing 1–'));
    await expect(table.getByRole('columnheader', { name: tq.columns.position })).toHaveAttribute('aria-sort', 'ascending');
    // Only masked personnummer in the list.
    for (const cell of await table.locator('tbody tr td:nth-child(3)').allInnerTexts()) expect(cell).toMatch(/^\d{8}-\*{4}$/);

    const asked = page.waitForRequest((r) => r.url().includes('/queue?sort=daysWaited&order=desc'));
    await table.getByRole('button', { name: tq.columns.daysWaited }).click();
    await asked;
    await expect(table.getByRole('columnheader', { name: tq.columns.daysWaited })).toHaveAttribute('aria-sort', 'descending');
    await expect(table.getByRole('columnheader', { name: tq.columns.position })).not.toHaveAttribute('aria-sort', /.+/);
    // aria-sort changes at once; the rows change when the server's answer arrives, so wait for them.
    const daysShown = async () => (await table.locator('tbody tr td:nth-child(5)').allInnerTexts()).map((d) => Number(d.replace(/\D/g, '')));
    await expect
      .poll(async () => {
        const shown = await daysShown();
        return shown.length > 1 && shown.every((d, i) => i === 0 || shown[i - 1]! >= d);
      })
      .toBe(true);
    const days = await daysShown();
    expect(days.length).toBeGreaterThan(1);
    expect([...days].sort((a, b) => b - a)).toEqual(days);
    await checkPage(page, `queue-${lang}`);

    // Filter by state: the server answers; the count is announced.
    const filtered = page.waitForResponse((r) => r.url().includes('state=queued'));
    await page.locator('#queue-state').selectOption('queued');
    await page.getByRole('button', { name: tq.apply }).click();
    const body = (await (await filtered).json()) as { total: number };
    await expect(page.getByRole('status')).toHaveText(tq.count(body.total, body.total === 0 ? 0 : 1, Math.min(25, body.total)));
    await context.close();
  });
}

test('starting in Balder, which is full, shows "Insatsen har inga lediga platser"', async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await signedInAs(browser, 'koordinator', 'sv', '/insatser/2/ko');
  const table = page.getByRole('table', { name: t.queue.caption('Balder/Activera') });
  await table.getByRole('link', { name: t.queue.actions.start }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.participation.startTitle);
  await page.getByRole('button', { name: t.participation.submitStart }).click();
  await expectErrorSummary(page, t.participantErrors['consentGiven.required'] ?? '');
  await page.getByRole('radio', { name: t.participation.consentNo }).check();
  await page.getByRole('button', { name: t.participation.submitStart }).click();
  await expectErrorSummary(page, 'Insatsen har inga lediga platser.');
  await checkPage(page, 'start-full-sv');
  await context.close();
});

// Issue 15, item 7: "Annat skäl" asks for a short explanation, which the referral lists (Mina remisser) then show.
test('a referral returned for Annat skäl carries its explanation to the referral lists', async ({ browser }) => {
  const t = DICT.sv;
  const tq = t.queue;
  const name = 'Annan Anledning';
  // Referred by the koordinator, who reads the returned referral under /remisser as a remittent would (the demo's
  // remittent must keep no referrals for remittent.spec's empty list).
  const { context, page } = await signedInAs(browser, 'koordinator', 'sv', '/insatser/1/ko');
  await apiCall(page, 'POST', '/referrals', {
    insatsId: 1,
    referringMemberId: 3,
    referredOn: isoDaysFromToday(0),
    personnummer: personnummerBornIn(1986, '06-06', '238'),
    name,
    kommunCode: '1441',
    targetGroupId: 2,
    overrideEligibility: true,
    reason: 'Behöver stöd.',
  });
  await page.reload();
  const actions = page.getByRole('group', { name: tq.actionsFor(name) });
  await actions.getByRole('button', { name: tq.actions.return }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('#return-reason').selectOption('other');
  await dialog.getByRole('button', { name: tq.confirmReturn }).click();
  await expectErrorSummary(page, t.participantErrors['explanation.required'] ?? '');
  await page.waitForTimeout(500); // the dialog fades in
  await checkPage(page, 'queue-return-other-sv');
  await dialog.locator('#return-explanation').fill('Har redan stöd via psykiatrin');
  await dialog.getByRole('button', { name: tq.confirmReturn }).click();
  await expect(page.getByRole('status').first()).toHaveText(tq.returned(name));
  await page.goto('/remisser');
  const row = page.locator('tr', { hasText: name });
  await expect(row).toContainText(`${t.referrals.returnReasons.other}: Har redan stöd via psykiatrin`);
  await context.close();
});

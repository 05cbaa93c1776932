/**
 * The ekonom's year (issue 15, item 4): this year's contributions are invoiced, so the year is closed and its
 * budget changes only when reopened with a reason, after seeing each member's old and new amount; an invoice
 * has a due date, a part payment is recorded, and what is overdue shows on the start page. In Swedish and in
 * English, at the tests' 1 366 px and (checkPage) at 320 px.
 */
import { expect, test } from './fixtures';
import { signedInAs } from './access';
import { apiCall as api } from './apiCall';
import { demoLastYear, now } from './clock';
import { formatDate, formatMoney } from '../src/format';
import { DICT, checkPage, expectErrorSummary, rowCells } from './money';

const year = demoLastYear();

function daysAgo(days: number): string {
  return formatDate(new Date(now().getTime() - days * 86_400_000));
}

interface Budget {
  totalOre: number;
  version: number;
  closed: boolean;
  contributions: { memberId: number; name: string; amountOre: number; payment: Record<string, unknown> & { version: number } }[];
}

for (const lang of ['sv', 'en'] as const) {
  test(`a closed year is changed only when reopened with a reason, after the change per member is shown (${lang})`, async ({ browser }) => {
    const t = DICT[lang];
    const tb = t.contributions.budgetForm;
    const { context, page } = await signedInAs(browser, 'ekonom', lang, `/medlemsavgifter/${year}`);
    const before = (await api(page, 'GET', `/budgets/${year}`)) as unknown as Budget;
    expect(before.closed).toBe(true);
    await expect(page.getByText(tb.closed)).toBeVisible();
    const total = page.getByLabel(tb.total);
    await total.fill(String(before.totalOre / 100 + 1_000_000));
    await page.getByRole('button', { name: tb.showChange }).click();
    await expectErrorSummary(page, t.moneyErrors['reopenReason.required'] ?? '');
    await page.getByLabel(tb.reopenReason).fill('Förbundsstämman beslöt om tillskott');
    await page.getByRole('button', { name: tb.showChange }).click();
    const preview = page.getByRole('table', { name: tb.previewCaption(year) });
    await expect(preview).toBeVisible();
    // Försäkringskassan pays half of the million more.
    await expect(rowCells(page, tb.previewCaption(year), 'Försäkringskassan').nth(3)).toHaveText(`+500${'\u00a0'}000`);
    await checkPage(page, `budget-reopen-preview-${lang}`);
    // Nothing is saved until confirmed.
    expect(((await api(page, 'GET', `/budgets/${year}`)) as unknown as Budget).totalOre).toBe(before.totalOre);
    await page.getByRole('button', { name: tb.reopenAndSave }).click();
    await expect(page.getByRole('status')).toHaveText(tb.done(year));
    const after = (await api(page, 'GET', `/budgets/${year}`)) as unknown as Budget;
    expect(after.totalOre).toBe(before.totalOre + 100_000_000);

    // Back as it was (the other specs read the demo's figures), reopened through the API with its reason.
    await api(page, 'PUT', `/budgets/${year}`, { totalOre: before.totalOre, version: after.version, reopenReason: 'Återställt efter test' });
    await context.close();
  });

  test(`an invoice falls due, a part payment is recorded, and the overdue invoice is on the ekonom’s start page (${lang})`, async ({ browser }) => {
    const t = DICT[lang];
    const tp = t.contributions.paymentForm;
    const caption = t.contributions.yearCaption(year);
    const { context, page } = await signedInAs(browser, 'ekonom', lang, `/medlemsavgifter/${year}`);
    const budget = (await api(page, 'GET', `/budgets/${year}`)) as unknown as Budget;
    const lerum = budget.contributions.find((c) => c.name === 'Lerums kommun')!;
    const today = formatDate(now());
    await rowCells(page, caption, 'Lerums kommun')
      .getByRole('button', { name: new RegExp(t.contributions.editPayment) })
      .click();
    const dialog = page.getByRole('dialog');
    // The stored invoice's due date is shown (30 days after it was sent unless set); this one was sent 40 days ago
    // and fell due 10 days ago, whatever today is.
    await expect(dialog.getByLabel(tp.dueOn)).toHaveValue(String(lerum.payment.dueOn));
    await dialog.getByLabel(tp.invoicedOn).fill(daysAgo(40));
    await dialog.getByLabel(tp.dueOn).fill(daysAgo(41));
    await dialog.getByRole('button', { name: t.money.save }).click();
    await expectErrorSummary(page, t.moneyErrors['dueOn.before_invoiced'] ?? '');
    await dialog.getByLabel(tp.dueOn).fill(daysAgo(10));
    await dialog.getByLabel(tp.paid).fill(String(lerum.amountOre / 100));
    await dialog.getByLabel(tp.lastPaidOn).fill(today);
    await dialog.getByRole('button', { name: t.money.save }).click();
    await expectErrorSummary(page, t.moneyErrors['paidOre.not_below_amount'] ?? '');
    await dialog.getByLabel(tp.paid).fill('100 000');
    await dialog.getByRole('button', { name: t.money.save }).click();
    await expect(page.getByRole('status')).toHaveText(tp.done('Lerums kommun'));
    const cell = rowCells(page, caption, 'Lerums kommun').nth(3);
    await expect(cell).toContainText(t.contributions.partlyPaid(formatMoney(10_000_000, 'kr', 2), formatMoney(lerum.amountOre - 10_000_000, 'kr', 2)));
    await checkPage(page, `contributions-part-paid-${lang}`);

    // Overdue on the start page, with what is left to pay.
    await page.goto('/');
    const to = t.dashboard.overdue;
    const listed = (await api(page, 'GET', '/invoices/overdue')) as { items: { name: string; outstandingOre: number }[] };
    const row = listed.items.find((i) => i.name === 'Lerums kommun');
    expect(row?.outstandingOre).toBe(lerum.amountOre - 10_000_000);
    await expect(rowCells(page, to.caption, 'Lerums kommun').last()).toHaveText(formatMoney(lerum.amountOre - 10_000_000, 'kr').replace(/\u00a0kr$/, ''));
    await checkPage(page, `start-overdue-${lang}`);

    // Back as it was: invoiced, nothing received.
    const payment = (await api(page, 'GET', `/budgets/${year}`)) as unknown as Budget;
    const now_ = payment.contributions.find((c) => c.name === 'Lerums kommun')!.payment;
    await api(page, 'PUT', `/budgets/${year}/payments/${lerum.memberId}`, {
      status: 'invoiced',
      invoicedOn: lerum.payment.invoicedOn,
      dueOn: lerum.payment.dueOn,
      paidOre: 0,
      paidOn: null,
      version: now_.version,
    });
    await context.close();
  });
}

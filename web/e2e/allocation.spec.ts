import { expect, test } from './fixtures';
import type { Lang } from './helpers';
import { DICT, checkPage, expectErrorSummary, rowCells, signedIn } from './money';

const NB = '\u00a0';

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`state allocation (${lang}): defaults, two förbund, results that sum to the pot`, async ({ browser }) => {
    const ta = DICT[lang].allocation;
    const { context, page } = await signedIn(browser, lang, '/statlig-fordelning');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ta.title);
    await expect(page.getByLabel(ta.pot)).toHaveValue('339000000');
    await expect(page.getByLabel(ta.base)).toHaveValue('400000');
    await expect(page.getByLabel(ta.weight)).toHaveValue('75');
    await expect(page.getByLabel(ta.rowName(1))).toHaveValue('Samordningsförbundet Insjöriket');

    await page.getByLabel(ta.supportMeasure('Samordningsförbundet Insjöriket')).fill('5 000');
    await page.getByRole('button', { name: ta.addRow }).click();
    await page.getByLabel(ta.rowName(2)).fill('Samordningsförbundet Test');
    await page.getByLabel(ta.supportMeasure('Samordningsförbundet Test')).fill('3 000');
    await page.getByLabel(ta.population('Samordningsförbundet Test')).fill('50 000');
    await page.getByRole('button', { name: ta.submit }).click();

    const table = page.getByRole('table', { name: ta.resultCaption });
    await expect(table.locator('tbody tr')).toHaveCount(2);
    const total = rowCells(page, ta.resultCaption, DICT[lang].money.total);
    await expect(total.nth(1)).toHaveText(`339${NB}000${NB}000`);
    await checkPage(page, `allocation-${lang}`);
    await context.close();
  });
}

test('allocation input errors are summarised and translated', async ({ browser }) => {
  const ta = DICT.sv.allocation;
  const { context, page } = await signedIn(browser, 'sv', '/statlig-fordelning');
  await page.getByLabel(ta.pot).fill('-5');
  await page.getByRole('button', { name: ta.submit }).click();
  await expectErrorSummary(page, 'Fältet potten kan inte vara negativt.');
  await expect(page.getByLabel(ta.pot)).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'allocation-errors-sv');

  // The server's own check: base × count larger than the pot.
  await page.getByLabel(ta.pot).fill('100 000');
  await page.getByLabel(ta.supportMeasure('Samordningsförbundet Insjöriket')).fill('10');
  await page.getByRole('button', { name: ta.submit }).click();
  await expectErrorSummary(page, DICT.sv.moneyErrors['baseOre.too_large']);
  await context.close();
});

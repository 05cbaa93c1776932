import { expect, test } from './fixtures';
import { signedInAs } from './access';
import { DICT, checkPage } from './money';

// Issue 15, item 6: a förbund brings its insatser with their budget per year in from the sheet it keeps them in.
// The förbundschef checks a CSV (one row per insats and budget year), sees a huvudman that is not a member named by
// row and column, fixes the file and imports it; importing it again changes nothing. Budget years 2010–2011,
// before the demo's own history, so no other spec's figures move (the catalogue grows by two insatser).
const HEADER = 'Insats;Typ;Huvudman;Samverkande parter;Kommuner;Platser;Startdatum;Slutdatum;År;Budget\r\n';
const rows = (lead: string) =>
  `${HEADER}Steg för steg;Individuell;${lead};FK, AF;Mölndal, Partille;6;2010-01-01;2011-12-31;2010;420 000\r\n` +
  'Steg för steg;;;;;;;;2011;435 500,50\r\n' +
  'Trädgårdsgruppen;Strukturell;Region;Lerum;;;2011-04-01;2011-10-31;2011;80 000\r\n';

test('förbundschef checks a sheet of insatser, fixes it, imports it, and importing it again changes nothing', async ({ browser }) => {
  const t = DICT.sv;
  const ti = t.historyImport;
  const tk = ti.insatser;
  const { context, page } = await signedInAs(browser, 'forbundschef', 'sv', '/insatser');
  await page.getByRole('link', { name: tk.link }).click();
  await expect(page.getByRole('heading', { level: 1, name: tk.title })).toBeVisible();
  await expect(page.getByLabel(ti.consentForm)).toHaveCount(0);
  await checkPage(page, 'insats-import-sv');

  // A huvudman that is not a member: named by row and column; nothing to import.
  await page.locator('#import-file').setInputFiles({ name: 'insatser.csv', mimeType: 'text/csv', buffer: Buffer.from(rows('Kungsbacka'), 'utf8') });
  await page.getByRole('button', { name: ti.check }).click();
  await expect(page.getByRole('status')).toHaveText(ti.found(1));
  const row = page.getByRole('table').getByRole('row', { name: /Huvudman/ });
  await expect(row).toContainText('2');
  await expect(row).toContainText(ti.problems['leadParty.unknown'] ?? '');
  await expect(page.locator('#import-mapping-leadParty')).toHaveValue('Huvudman');
  await expect(page.locator('#import-mapping-budget')).toHaveValue('Budget');
  await checkPage(page, 'insats-import-problems-sv');

  // The fixed file: two new insatser and three budget years, imported, and again nothing new.
  await page.locator('#import-file').setInputFiles({ name: 'insatser.csv', mimeType: 'text/csv', buffer: Buffer.from(rows('Mölndals stad'), 'utf8') });
  await page.getByRole('button', { name: ti.check }).click();
  await expect(page.getByRole('status')).toHaveText(tk.ready(2, 3));
  await page.getByRole('button', { name: tk.submit(2, 3) }).click();
  await expect(page.getByRole('status')).toHaveText(tk.done(2, 3));
  await checkPage(page, 'insats-import-done-sv');
  await page.getByRole('button', { name: ti.checkAgain }).click();
  await expect(page.getByRole('status')).toHaveText(tk.nothingNew);

  // The insats as it was imported, with its budget per year.
  await page.goto('/insatser');
  await page.getByRole('table', { name: t.catalogue.caption }).getByRole('link', { name: 'Steg för steg' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Steg för steg');
  const budget = page.getByRole('table', { name: t.catalogue.budgetCaption });
  await expect(budget).toContainText('2010');
  await expect(budget).toContainText('420');
  await expect(budget).toContainText('2011');
  await expect(budget).toContainText('436');
  await context.close();
});

test('the insats import in English on a phone: an insats that breaks the rules is named by row', async ({ browser }) => {
  const t = DICT.en;
  const ti = t.historyImport;
  const tk = ti.insatser;
  const { context, page } = await signedInAs(browser, 'forbundschef', 'en', '/insatser/import');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('heading', { level: 1, name: tk.title })).toBeVisible();
  // UTF-8 with a byte order mark, as Excel saves "CSV UTF-8"; an individual insats without places or partner.
  const file = Buffer.from(`\uFEFFInsats;Huvudman;Startdatum\r\nEnsam insats;Lerum;2011-01-01\r\n`, 'utf8');
  await page.locator('#import-file').setInputFiles({ name: 'insatser.csv', mimeType: 'text/csv', buffer: file });
  await page.getByRole('button', { name: ti.check }).click();
  await expect(page.getByRole('status')).toHaveText(ti.found(2));
  const problems = page.getByRole('table');
  await expect(problems).toContainText(ti.problems['capacity.required'] ?? '');
  await expect(problems).toContainText(ti.problems['cooperatingParties.too_few_parties'] ?? '');
  await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  const scrollable = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(scrollable).toBe(true);
  await checkPage(page, 'insats-import-problems-en-390');
  await context.close();
});

import { expect, test } from './fixtures';
import { signedInAs } from './access';
import { DICT, checkPage, expectErrorSummary } from './money';
import { personnummerBornIn } from './participants';

// Issue 15, item 6: a förbund brings a year of its Excel history in. The koordinator checks a Windows-1252 CSV
// with its own headers, chooses the insats column, sees every problem by row and column, fixes the file and
// imports it; importing it again changes nothing. Dates in 2011, before the demo's own history, so no other
// spec's figures move; every row ended, so no caseload grows.
const ANNA = personnummerBornIn(1961, '02-03', '246');
const BO = personnummerBornIn(1962, '03-04', '357');

function windows1252(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

const HEADER = 'Pnr;Verksamhet;Inskriven;Utskriven;Orsak\r\n';
const BAD = windows1252(`${HEADER}${ANNA};Aktiv Lerum;2011-02-01;2011-06-30;Genomförd\r\n${BO};Aktiv Lerum;2011-03-01;2011-02-01;Arbete\r\n`);
const GOOD = windows1252(`${HEADER}${ANNA};Aktiv Lerum;2011-02-01;2011-06-30;Genomförd\r\n${BO};Aktiv Lerum;2011-03-01;2011-09-01;Arbete\r\n`);

test('koordinator checks a spreadsheet, fixes it, imports it, and importing it again changes nothing', async ({ browser }) => {
  const t = DICT.sv;
  const ti = t.historyImport;
  const { context, page } = await signedInAs(browser, 'koordinator', 'sv', '/deltagare');
  await page.getByRole('link', { name: ti.link }).click();
  await expect(page.getByRole('heading', { level: 1, name: ti.title })).toBeVisible();
  await checkPage(page, 'import-sv');

  // No file: said beside the field.
  await page.getByRole('button', { name: ti.check }).click();
  await expectErrorSummary(page, t.participantErrors['file.required'] ?? '');
  await expect(page.locator('#import-file-error')).toBeVisible();

  // Its own headers: the insats column is not guessed, and the check says so.
  await page.locator('#import-file').setInputFiles({ name: 'deltagare 2011.csv', mimeType: 'text/csv', buffer: BAD });
  await page.getByRole('button', { name: ti.check }).click();
  const problems = page.getByRole('table');
  await expect(problems).toContainText(`${ti.fields.insats}: ${ti.problems['mapping.required']}`);
  await expect(page.locator('#import-mapping-startedOn')).toHaveValue('Inskriven');

  // The insats column chosen: the row whose end is before its start is named by row and column.
  await page.locator('#import-mapping-insats').selectOption('Verksamhet');
  await page.getByRole('button', { name: ti.checkAgain }).click();
  const row = problems.getByRole('row', { name: /Utskriven/ });
  await expect(row).toContainText('3');
  await expect(row).toContainText(ti.problems['endedOn.before_start'] ?? '');
  await expect(page.getByRole('button', { name: ti.submit(2) })).toHaveCount(0);
  await checkPage(page, 'import-problems-sv');

  // The fixed file: the förbund's column choice is remembered; ready, imported, and again nothing new.
  await page.locator('#import-file').setInputFiles({ name: 'deltagare 2011.csv', mimeType: 'text/csv', buffer: GOOD });
  await page.getByRole('button', { name: ti.check }).click();
  await expect(page.getByRole('status')).toHaveText(ti.ready(2));
  await expect(page.locator('#import-mapping-insats')).toHaveValue('Verksamhet');
  await page.getByRole('button', { name: ti.submit(2) }).click();
  await expect(page.getByRole('status')).toHaveText(ti.done(2));
  await checkPage(page, 'import-done-sv');
  await page.getByRole('button', { name: ti.checkAgain }).click();
  await expect(page.getByRole('status')).toHaveText(ti.nothingNew);
  await context.close();
});

test('the import page in English on a phone, and an old .xls refused in words', async ({ browser }) => {
  const t = DICT.en;
  const ti = t.historyImport;
  const { context, page } = await signedInAs(browser, 'koordinator', 'en', '/deltagare/import');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('heading', { level: 1, name: ti.title })).toBeVisible();
  const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
  await page.locator('#import-file').setInputFiles({ name: 'old.xls', mimeType: 'application/vnd.ms-excel', buffer: xls });
  await page.getByRole('button', { name: ti.check }).click();
  await expectErrorSummary(page, t.participantErrors['file.xls'] ?? '');
  await checkPage(page, 'import-xls-en');
  await context.close();
});

test('a large file shows the rows the server has read while it checks them', async ({ browser }) => {
  const t = DICT.sv;
  const ti = t.historyImport;
  const { context, page } = await signedInAs(browser, 'koordinator', 'sv', '/deltagare/import');
  // 80 000 people who each took part in Aktiv Lerum in 2010: only checked (a dry run), nothing imported.
  const lines = [HEADER];
  for (let i = 0; i < 80_000; i++) {
    const monthDay = `${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (Math.floor(i / 12) % 28)).padStart(2, '0')}`;
    const serial = String(100 + (Math.floor(i / 336) % 900)).padStart(3, '0');
    lines.push(`${personnummerBornIn(1950 + (Math.floor(i / 302_400) % 40), monthDay, serial)};Aktiv Lerum;2010-03-01;2010-06-30;Genomförd\r\n`);
  }
  await page.locator('#import-file').setInputFiles({ name: 'stor fil.csv', mimeType: 'text/csv', buffer: windows1252(lines.join('')) });
  await page.getByRole('button', { name: ti.check }).click();
  await expect(page.getByText(/Filen kontrolleras: [\d\s ]+ rader lästa/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status')).toHaveText(ti.ready(80_000), { timeout: 60_000 });
  await context.close();
});

/**
 * 390 px wide, a phone (issue 15, item 10): the main menu folds behind a button, and on the pages with row
 * actions (the queue, Mina remisser, the withdrawal what-if) no button is off-screen and nothing scrolls sideways.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loginAs, type DemoUser } from './access';
import { expectNoAxeViolations, expectNoHorizontalScroll, openPage, screenshot, type Lang } from './helpers';
import { DICT } from './money';

const WIDTH = 390;

async function phone(browser: Parameters<typeof openPage>[0], user: DemoUser, lang: Lang, path: string) {
  const opened = await openPage(browser, { lang, width: WIDTH, height: 844 });
  await loginAs(opened.page, user);
  await opened.page.goto(path);
  await expect(opened.page.locator('h1')).toBeVisible();
  return opened;
}

/**
 * Every visible button and link in main lies within the screen's width, row actions included; a table's column
 * headers (its sort buttons) scroll with the table and are left out.
 */
async function expectEverythingOnScreen(page: Page) {
  await expectNoHorizontalScroll(page);
  const { checked, outside } = await page.locator('main button:visible, main a:visible').evaluateAll((els, width) => {
    const boxes = els
      .filter((e) => e.closest('thead') === null)
      .map((e) => ({ text: (e.textContent ?? '').trim().slice(0, 40), box: e.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0);
    return { checked: boxes.length, outside: boxes.filter(({ box }) => box.left < 0 || box.right > width + 0.5).map(({ text }) => text) };
  }, WIDTH);
  expect(checked).toBeGreaterThan(0); // something was measured
  expect(outside).toEqual([]);
}

for (const lang of ['sv', 'en'] as Lang[]) {
  test(`the main menu folds behind a button at 390 px (${lang})`, async ({ browser }) => {
    const t = DICT[lang];
    const { context, page } = await phone(browser, 'forbundschef', lang, '/');
    const nav = page.getByRole('navigation', { name: t.header.mainNav });
    const toggle = nav.getByRole('button', { name: t.header.menu });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: t.header.members })).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expectNoAxeViolations(page);
    await screenshot(page, `menu-open-390-${lang}`);
    await nav.getByRole('link', { name: t.header.members }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.members.title);
    // Following a link closes the menu.
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: t.header.members })).toBeHidden();
    await context.close();
  });
}

test('at 1 280 px the menu is a row of links without the button', async ({ browser }) => {
  const t = DICT.sv;
  const opened = await openPage(browser, { lang: 'sv' });
  await loginAs(opened.page, 'forbundschef');
  const nav = opened.page.getByRole('navigation', { name: t.header.mainNav });
  await expect(nav.getByRole('link', { name: t.header.members })).toBeVisible();
  await expect(nav.getByRole('button', { name: t.header.menu })).toBeHidden();
  await opened.context.close();
});

/**
 * The demo's remittent has sent no referral, and the other specs count theirs: Mina remisser is given two
 * (one waiting with its place in the queue, one returned) by the API's own shape, so its table is measured.
 */
async function twoReferrals(page: Page) {
  const referral = (id: number, state: string, extra: Record<string, unknown>) => ({
    id,
    insatsId: 2,
    personId: 100 + id,
    referringMemberId: 3,
    referrerUserId: 6,
    referredOn: '2026-10-01',
    targetGroupId: 1,
    priority: 0,
    state,
    returnReason: null,
    eligibilityProblems: [],
    eligibilityOverridden: false,
    decidedOn: null,
    version: 1,
    maskedPersonnummer: '20040203-****',
    name: 'Test Remitterad',
    ...extra,
  });
  await page.route(
    (url) => url.pathname === '/api/v1/associations/1/referrals',
    (route) =>
      route.fulfill({
        json: {
          items: [
            referral(1, 'queued', { position: 7, daysWaited: 63, expectedStart: '2027-04-01' }),
            referral(2, 'returned', { returnReason: 'other', decidedOn: '2026-11-20' }),
          ],
        },
      }),
  );
}

/** The what-if's result: its tables of what the member and the others would pay. */
async function showWhatIf(page: Page, lang: Lang) {
  await page.getByRole('button', { name: DICT[lang].withdrawal.submit }).click();
}

/** Each page with what must be on it before it is measured: its row actions, or its table. */
const PAGES: {
  name: string;
  user: DemoUser;
  path: string;
  shows: string;
  prepare?: (page: Page) => Promise<void>;
  after?: (page: Page, lang: Lang) => Promise<void>;
}[] = [
  { name: 'queue', user: 'koordinator', path: '/insatser/2/ko', shows: '.row-actions' },
  { name: 'my-referrals', user: 'remittent', path: '/remisser', shows: 'main table', prepare: twoReferrals },
  { name: 'withdrawal', user: 'forbundschef', path: '/medlemmar/8/uttrade', shows: 'main table', after: showWhatIf },
  // Each role's daily pages (issue 15's 390 px walk).
  { name: 'refer', user: 'remittent', path: '/remiss', shows: 'main form' },
  { name: 'caseload', user: 'koordinator', path: '/deltagare', shows: 'main table' },
  { name: 'participation-import', user: 'koordinator', path: '/deltagare/import', shows: '#import-file' },
  { name: 'insats-attendance', user: 'forbundschef', path: '/insatser/10', shows: '#attendance-on' },
  { name: 'contributions', user: 'ekonom', path: '/medlemsavgifter', shows: 'main table' },
  { name: 'budget-year', user: 'ekonom', path: '/medlemsavgifter/2026', shows: 'main table' },
  { name: 'users', user: 'forbundschef', path: '/anvandare', shows: 'main table' },
  { name: 'insats-import', user: 'forbundschef', path: '/insatser/import', shows: '#import-file' },
  { name: 'budget-import', user: 'ekonom', path: '/medlemsavgifter/import', shows: '#import-file' },
  { name: 'audit', user: 'revisor', path: '/granskningslogg', shows: 'main table' },
  { name: 'associations', user: 'admin', path: '/forbund', shows: 'main table' },
];

for (const lang of ['sv', 'en'] as Lang[]) {
  for (const p of PAGES) {
    test(`${p.name} at 390 px (${lang}): every button on screen, no sideways scrolling`, async ({ browser }) => {
      const { context, page } = await phone(browser, p.user, lang, '/');
      await p.prepare?.(page);
      await page.goto(p.path);
      await p.after?.(page, lang);
      await expect(page.locator(p.shows).first()).toBeVisible();
      await expectEverythingOnScreen(page);
      await expectNoAxeViolations(page);
      await screenshot(page, `${p.name}-390-${lang}`);
      await context.close();
    });
  }
}

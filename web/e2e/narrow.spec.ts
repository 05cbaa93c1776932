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
  const outside = await page.locator('main button:visible, main a:visible').evaluateAll(
    (els, width) =>
      els
        .filter((e) => e.closest('thead') === null)
        .map((e) => ({ text: (e.textContent ?? '').trim().slice(0, 40), box: e.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > width + 0.5))
        .map(({ text }) => text),
    WIDTH,
  );
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

const PAGES: { name: string; user: DemoUser; path: string }[] = [
  { name: 'queue', user: 'koordinator', path: '/insatser/2/ko' },
  { name: 'my-referrals', user: 'remittent', path: '/remisser' },
  { name: 'withdrawal', user: 'forbundschef', path: '/medlemmar/8/uttrade' },
];

for (const p of PAGES) {
  test(`${p.name} at 390 px: every button on screen, no sideways scrolling`, async ({ browser }) => {
    const { context, page } = await phone(browser, p.user, 'sv', p.path);
    await page.waitForLoadState('networkidle');
    await expectEverythingOnScreen(page);
    await expectNoAxeViolations(page);
    await screenshot(page, `${p.name}-390-sv`);
    await context.close();
  });
}

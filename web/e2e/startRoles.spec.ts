/**
 * The start page per role: each demo user sees the sections their role cares about, with the same
 * figures as the API answers, and no section (nor request) their permissions do not allow.
 */
import { expect, test, type Browser, type Page, type Response } from './fixtures';
import { now } from './clock';
import { formatDate, formatMoney, formatMoneyValue, formatNumber, formatPercent } from '../src/format';
import { loginAs, type DemoUser } from './access';
import { openPage, type Lang } from './helpers';
import { DICT, checkPage, rowCells } from './money';

const ALL_SECTIONS = ['start-year', 'start-budget', 'start-notices', 'start-overdue', 'start-contributions', 'start-equity', 'start-audit', 'start-insatser', 'start-awaiting', 'start-follow-ups', 'start-referrals'];

const SECTIONS: Record<DemoUser, string[]> = {
  admin: ['start-year', 'start-budget', 'start-notices'],
  forbundschef: ['start-year', 'start-budget', 'start-notices'],
  styrelse: ['start-year', 'start-budget', 'start-notices'],
  ekonom: ['start-overdue', 'start-contributions', 'start-equity'],
  insatsansvarig: ['start-insatser'],
  koordinator: ['start-insatser', 'start-awaiting', 'start-follow-ups'],
  remittent: ['start-referrals'],
  revisor: ['start-equity', 'start-audit'],
  dataskydd: [],
};

/** API paths (below /api/v1/associations/1) a role's start page must not ask for. */
const NOT_ASKED: Record<DemoUser, RegExp[]> = {
  admin: [/\/referrals/, /\/audit/, /\/equity/, /\/insatser/],
  forbundschef: [/\/referrals/, /\/audit/, /\/equity/, /\/insatser/],
  styrelse: [/\/referrals/, /\/audit/, /\/equity/, /\/insatser/],
  ekonom: [/\/referrals/, /\/audit/, /\/statistics/, /\/insatser/],
  insatsansvarig: [/\/referrals/, /\/queue/, /\/audit/, /\/equity/, /\/budgets/],
  // The counts come from referrals/summary: the referral list (which logs every person on it as read) is not asked.
  koordinator: [/\/referrals(\?|$)/, /\/caseload(\?|$)/, /\/queue/, /\/audit/, /\/equity/, /\/budgets/],
  remittent: [/\/referrals(\?|$)/, /\/queue/, /\/audit/, /\/equity/, /\/budgets/, /\/statistics/],
  revisor: [/\/referrals/, /\/budgets/, /\/statistics/, /\/insatser/],
  dataskydd: [/\/referrals/, /\/budgets/, /\/statistics/, /\/insatser/, /\/audit/, /\/equity/],
};

const USER_IDS: Partial<Record<DemoUser, number>> = { insatsansvarig: 4, koordinator: 5, remittent: 6 };

interface Stat {
  total: { value: number | null; hidden: boolean };
  empty: boolean;
  rows: { key: string }[];
  rowTotals: { value: number | null; hidden: boolean }[];
}

const year = Number(formatDate(now()).slice(0, 4));
const today = formatDate(now());

/** The API's answer, with the page's session. */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api/v1${path}`);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

/** Signs in, then opens the start page afresh while recording its API requests and answers. */
async function startPageAs(page: Page, user: DemoUser) {
  await loginAs(page, user);
  // Let the start page shown after login finish, so that only the fresh page's requests are recorded.
  await page.waitForLoadState('networkidle');
  const asked: string[] = [];
  const answers: Response[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) asked.push(url.pathname + url.search);
  });
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) answers.push(r);
  });
  await page.goto('/');
  return { asked, answers };
}

/** Every section the role should have, and none other; no API call refused, none forbidden asked. */
async function expectSections(page: Page, user: DemoUser, asked: string[], answers: Response[]) {
  for (const id of ALL_SECTIONS) {
    await expect(page.locator(`section#${id}`)).toHaveCount(SECTIONS[user].includes(id) ? 1 : 0);
  }
  // Wait for the figures before judging the requests.
  await expect(page.locator('main .ds-spinner')).toHaveCount(0);
  for (const path of asked) {
    for (const pattern of NOT_ASKED[user]) expect(path, `${user} asked ${path}`).not.toMatch(pattern);
  }
  expect(answers.filter((r) => r.status() === 403 || r.status() === 404).map((r) => r.url())).toEqual([]);
}

function statFigure(s: Stat, lang: Lang, days = false): string {
  if (s.total.hidden) return '..';
  const value = s.empty && !days ? 0 : s.total.value;
  if (value === null) return '—';
  return days ? DICT[lang].dashboard.year.days(formatNumber(value)) : formatNumber(value);
}

async function expectYearAndMoney(page: Page, lang: Lang) {
  const td = DICT[lang].dashboard;
  const q = (measure: string) => `/associations/1/statistics?measure=${measure}&rows=none&columns=none&from=${year}-01-01&to=${today}`;
  const [p, u, w] = await Promise.all([
    apiGet<Stat>(page, q('participations')),
    apiGet<Stat>(page, q('unique_persons')),
    apiGet<Stat>(page, q('median_wait_days')),
  ]);
  const section = page.getByRole('region', { name: td.year.title(year) });
  await expect(section.locator('#start-participations')).toHaveText(statFigure(p, lang));
  await expect(section.locator('#start-persons')).toHaveText(statFigure(u, lang));
  await expect(section.locator('#start-median-wait')).toHaveText(statFigure(w, lang, true));
  await expect(section.getByRole('link', { name: td.year.more })).toHaveAttribute('href', '/statistik');

  const budget = await apiGet<{ totalOre: number; shares: { stateOre: number; kommunerOre: number } }>(page, `/associations/1/budgets/${year}`);
  const b = page.getByRole('region', { name: td.budget.title(year) });
  await expect(b.locator('#start-budget-total')).toHaveText(formatMoney(budget.totalOre, 'kr'));
  await expect(b.locator('#start-budget-state')).toHaveText(formatMoney(budget.shares.stateOre, 'kr'));
  await expect(b.locator('#start-budget-kommuner')).toHaveText(formatMoney(budget.shares.kommunerOre, 'kr'));
  await expect(b.getByRole('link', { name: td.budget.more(year) })).toHaveAttribute('href', `/medlemsavgifter/${year}`);

  const members = await apiGet<{ items: { status: string }[] }>(page, '/associations/1/members');
  const leaving = members.items.filter((m) => m.status === 'notice_given').length;
  const n = page.getByRole('region', { name: td.notices.title });
  await expect(n.locator('#start-notices-count')).toHaveText(formatNumber(leaving));
  if (leaving === 0) await expect(n.getByText(td.notices.none)).toBeVisible();
}

async function expectEquity(page: Page, lang: Lang) {
  const t = DICT[lang];
  const equity = await apiGet<{ equityLimitBp: number; items: { year: number; closingOre: number; equityShareBp: number; flagged: boolean }[] }>(
    page,
    '/associations/1/equity',
  );
  const last = equity.items.filter((i) => i.year < year).sort((a, b) => b.year - a.year)[0];
  expect(last, 'the demo has equity for last year').toBeDefined();
  if (!last) return;
  const section = page.getByRole('region', { name: t.dashboard.equity.title });
  await expect(section.getByText(t.dashboard.equity.closing(last.year))).toBeVisible();
  await expect(section.locator('#start-equity-closing')).toHaveText(formatMoney(last.closingOre, 'kr'));
  await expect(section.locator('#start-equity-share')).toHaveText(formatPercent(last.equityShareBp / 10_000));
  await expect(section.locator('#start-equity-limit')).toHaveText(formatPercent(equity.equityLimitBp / 10_000));
  await expect(section.locator('#start-equity-flag')).toHaveText(last.flagged ? t.equity.flagged : t.equity.notFlagged);
  await expect(section.getByRole('link', { name: t.dashboard.equity.more })).toHaveAttribute('href', '/eget-kapital');
}

async function expectContributions(page: Page, lang: Lang) {
  const t = DICT[lang];
  const tc = t.dashboard.contributions;
  const budget = await apiGet<{ contributions: { amountOre: number; payment: { status: 'paid' | 'invoiced' | 'due' } }[] }>(
    page,
    `/associations/1/budgets/${year}`,
  );
  const caption = tc.caption(year);
  let members = 0;
  let amount = 0;
  for (const status of ['paid', 'invoiced', 'due'] as const) {
    const rows = budget.contributions.filter((c) => c.amountOre > 0 && c.payment.status === status);
    const sum = rows.reduce((s, c) => s + c.amountOre, 0);
    members += rows.length;
    amount += sum;
    const label = t.contributions.paymentStatus[status];
    await expect(rowCells(page, caption, label)).toHaveText([label, formatNumber(rows.length), formatMoneyValue(sum, 'kr')]);
  }
  await expect(rowCells(page, caption, t.money.total)).toHaveText([t.money.total, formatNumber(members), formatMoneyValue(amount, 'kr')]);
  // The demo: FK, the region, Mölndal and Partille have paid; Lerum and Alingsås are invoiced.
  await expect(rowCells(page, caption, t.contributions.paymentStatus.paid).nth(1)).toHaveText('4');
  await expect(page.getByRole('region', { name: tc.title(year) }).getByRole('link', { name: tc.more(year) })).toHaveAttribute(
    'href',
    `/medlemsavgifter/${year}`,
  );
  await expectOverdue(page, lang);
}

/** The demo invoices Lerum and Alingsås on 15 January (or yesterday, early in January): due 30 days later. */
async function expectOverdue(page: Page, lang: Lang) {
  const to = DICT[lang].dashboard.overdue;
  const invoiced = new Date(Math.min(Date.UTC(year, 0, 15), now().getTime() - 86_400_000));
  const due = formatDate(new Date(invoiced.getTime() + 30 * 86_400_000));
  const region = page.getByRole('region', { name: to.title });
  const listed = await apiGet<{ items: { name: string; year: number; outstandingOre: number; dueOn: string }[] }>(page, '/associations/1/invoices/overdue');
  expect(listed.items.map((i) => i.name).sort()).toEqual(today > due ? ['Alingsås kommun', 'Lerums kommun'] : []);
  await expect(region).toContainText(listed.items[0]?.name ?? to.none);
  for (const i of listed.items) {
    await expect(rowCells(page, to.caption, i.name)).toHaveText([i.name, String(i.year), i.dueOn, /^\d+$/, formatMoneyValue(i.outstandingOre, 'kr')]);
  }
}

interface Insats {
  id: number;
  name: string;
  kind: string;
  capacity: number | null;
  staffUserIds?: number[];
}

async function expectInsatser(page: Page, lang: Lang, userId: number, withQueue: boolean) {
  const t = DICT[lang];
  const ti = t.dashboard.insatser;
  const list = await apiGet<{ items: Insats[] }>(page, '/associations/1/insatser');
  const details = await Promise.all(list.items.map((i) => apiGet<Insats>(page, `/associations/1/insatser/${i.id}`)));
  const own = details.filter((i) => (i.staffUserIds ?? []).includes(userId));
  expect(own.length).toBeGreaterThan(0);
  const byInsats = (measure: string, from: string) =>
    apiGet<Stat>(page, `/associations/1/statistics?measure=${measure}&rows=insats&columns=none&from=${from}&to=${today}`);
  const active = await byInsats('active_persons', today);
  const started = await byInsats('participations', `${year}-01-01`);
  const figure = (stats: Stat, name: string) => {
    const i = stats.rows.findIndex((r) => r.key === name);
    const total = i < 0 ? { value: 0, hidden: false } : stats.rowTotals[i];
    return total?.hidden ? '..' : formatNumber(total?.value ?? 0);
  };
  let waiting: { insatsId: number }[] = [];
  if (withQueue) {
    const [received, queued] = await Promise.all([
      apiGet<{ items: { insatsId: number }[] }>(page, '/associations/1/referrals?state=received'),
      apiGet<{ items: { insatsId: number }[] }>(page, '/associations/1/referrals?state=queued'),
    ]);
    waiting = [...received.items, ...queued.items];
  }
  const table = page.getByRole('table', { name: ti.caption });
  await expect(table.locator('tbody tr')).toHaveCount(own.length);
  await expect(table.getByRole('columnheader')).toHaveText([ti.insats, ti.capacity, ti.active, ti.started(year), ...(withQueue ? [ti.waiting] : [])]);
  for (const insats of own) {
    expect(insats.kind).toBe('individual');
    const queue = withQueue ? [formatNumber(waiting.filter((w) => w.insatsId === insats.id).length)] : [];
    await expect(rowCells(page, ti.caption, insats.name)).toHaveText([
      insats.name,
      formatNumber(insats.capacity ?? 0),
      figure(active, insats.name),
      figure(started, insats.name),
      ...queue,
    ]);
  }
  // The deltagaransvarig sees exact figures; the insatsansvarig sees the small numbers hidden, with the legend.
  const hidden = own.some((i) => figure(active, i.name) === '..' || figure(started, i.name) === '..');
  expect(hidden).toBe(!withQueue);
  await expect(page.getByRole('region', { name: ti.title }).getByText(t.statistics.legend(5))).toHaveCount(hidden ? 1 : 0);
  if (withQueue) {
    // The queue column agrees with the queue page's own count (received and queued).
    const balder = await apiGet<{ total: number }>(page, '/associations/1/insatser/2/queue');
    await expect(rowCells(page, ti.caption, 'Balder/Activera').nth(4)).toHaveText(formatNumber(balder.total));
    await expect(table.getByRole('link', { name: `${ti.queueLink('Balder/Activera')}: ${formatNumber(balder.total)}` })).toHaveAttribute(
      'href',
      '/insatser/2/ko',
    );
  }
}

/** The koordinator's follow-ups: the caseload summary's counts per insats, and the way to the list. */
async function expectFollowUps(page: Page, lang: Lang) {
  const tc = DICT[lang].caseload;
  const tr = tc.reminders;
  const summary = await apiGet<{ items: { insatsId: number; ongoing: number; overdue: number; dueSoon: number }[]; dueSoonDays: number }>(
    page,
    '/associations/1/caseload/summary',
  );
  expect(summary.items.length).toBeGreaterThan(0); // the demo has people in the koordinator's insatser today
  const section = page.getByRole('region', { name: tr.title });
  await expect(section.locator('#start-follow-ups-ongoing')).toHaveText(formatNumber(summary.items.reduce((n, s) => n + s.ongoing, 0)));
  await expect(section.locator('#start-follow-ups-overdue')).toHaveText(formatNumber(summary.items.reduce((n, s) => n + s.overdue, 0)));
  const table = section.getByRole('table', { name: tr.caption });
  await expect(table.locator('tbody tr')).toHaveCount(summary.items.length);
  await expect(table.getByRole('columnheader')).toHaveText([tc.insats, tr.ongoing, tr.overdue, tr.dueSoon(summary.dueSoonDays)]);
  const names = await apiGet<{ items: Insats[] }>(page, '/associations/1/insatser');
  for (const s of summary.items) {
    const name = names.items.find((i) => i.id === s.insatsId)?.name ?? '';
    await expect(rowCells(page, tr.caption, name)).toHaveText([name, formatNumber(s.ongoing), formatNumber(s.overdue), formatNumber(s.dueSoon)]);
  }
  await expect(section.getByRole('link', { name: tr.toList })).toHaveAttribute('href', '/deltagare');
}

async function expectAwaiting(page: Page, lang: Lang) {
  const ta = DICT[lang].dashboard.awaiting;
  const received = await apiGet<{ items: { insatsId: number; referredOn: string }[] }>(page, '/associations/1/referrals?state=received');
  const section = page.getByRole('region', { name: ta.title });
  await expect(section.locator('#start-awaiting-count')).toHaveText(formatNumber(received.items.length));
  const ids = [...new Set(received.items.map((r) => r.insatsId))];
  const table = section.getByRole('table', { name: ta.caption });
  await expect(table.locator('tbody tr')).toHaveCount(ids.length);
  const names = await apiGet<{ items: Insats[] }>(page, '/associations/1/insatser');
  for (const id of ids) {
    const rows = received.items.filter((r) => r.insatsId === id);
    const oldest = rows.map((r) => r.referredOn).sort()[0] ?? '';
    const name = names.items.find((i) => i.id === id)?.name ?? '';
    await expect(rowCells(page, ta.caption, name)).toHaveText([name, formatNumber(rows.length), oldest, ta.toQueue]);
    await expect(table.getByRole('link', { name: ta.toQueueOf(name) })).toHaveAttribute('href', `/insatser/${id}/ko`);
  }
}

async function expectMyReferrals(page: Page, lang: Lang, userId: number) {
  const t = DICT[lang];
  const tm = t.dashboard.myReferrals;
  const list = await apiGet<{ items: { state: string; referrerUserId: number }[] }>(page, '/associations/1/referrals');
  const mine = list.items.filter((r) => r.referrerUserId === userId);
  const section = page.getByRole('region', { name: tm.title });
  for (const state of ['received', 'queued', 'started', 'returned', 'withdrawn'] as const) {
    await expect(section.getByText(t.referrals.states[state], { exact: true })).toBeVisible();
    await expect(section.locator(`#start-referrals-${state}`)).toHaveText(formatNumber(mine.filter((r) => r.state === state).length));
  }
  await expect(section.locator('#start-referrals-total')).toHaveText(formatNumber(mine.length));
  await expect(section.getByRole('link', { name: tm.more })).toHaveAttribute('href', '/remisser');
  await expect(section.getByRole('link', { name: tm.newReferral })).toHaveAttribute('href', '/remiss');
}

async function expectAudit(page: Page, lang: Lang, answers: Response[]) {
  const t = DICT[lang];
  const ta = t.dashboard.audit;
  // The events the page was given (a fresh request could include newer ones).
  const answer = answers.filter((r) => new URL(r.url()).pathname === '/api/v1/associations/1/audit').at(-1);
  expect(answer, 'the start page asked for the audit log').toBeDefined();
  const body = (await answer!.json()) as { items: { at: number; username: string; action: string; entity: string }[] };
  const latest = body.items.slice(0, 5);
  const table = page.getByRole('table', { name: ta.caption(latest.length) });
  await expect(table.locator('tbody tr')).toHaveCount(latest.length);
  // Local date-time in the browser's time zone.
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const local = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' });
  for (const [i, e] of latest.entries()) {
    const cells = table.locator('tbody tr').nth(i).locator('th, td');
    await expect(cells.nth(0)).toHaveText(local.format(new Date(e.at * 1000)));
    await expect(cells.nth(1)).toHaveText(e.username);
    await expect(cells.nth(2)).toHaveText(t.audit.actions[e.action as keyof typeof t.audit.actions] ?? e.action);
  }
  await expect(page.getByRole('region', { name: ta.title }).getByRole('link', { name: ta.more })).toHaveAttribute('href', '/granskningslogg');
}

const USERS: DemoUser[] = ['forbundschef', 'styrelse', 'ekonom', 'insatsansvarig', 'koordinator', 'remittent', 'revisor', 'admin'];

for (const lang of ['sv', 'en'] as Lang[]) {
  for (const user of USERS) {
    test(`start page (${lang}) for ${user}: the role's sections with the API's figures, nothing else`, async ({ browser }) => {
      const { context, page } = await openPage(browser, { lang });
      const { asked, answers } = await startPageAs(page, user);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectSections(page, user, asked, answers);
      switch (user) {
        case 'admin':
        case 'forbundschef':
        case 'styrelse':
          await expectYearAndMoney(page, lang);
          break;
        case 'ekonom':
          await expectContributions(page, lang);
          await expectEquity(page, lang);
          break;
        case 'insatsansvarig':
          await expectInsatser(page, lang, USER_IDS.insatsansvarig ?? 0, false);
          break;
        case 'koordinator':
          await expectInsatser(page, lang, USER_IDS.koordinator ?? 0, true);
          await expectAwaiting(page, lang);
          await expectFollowUps(page, lang);
          break;
        case 'remittent':
          await expectMyReferrals(page, lang, USER_IDS.remittent ?? 0);
          break;
        case 'revisor':
          await expectEquity(page, lang);
          await expectAudit(page, lang, answers);
          break;
      }
      // The members stay on every start page.
      await expect(page.getByRole('table', { name: DICT[lang].start.membersTitle })).toBeVisible();
      await checkPage(page, `start-${user}-${lang}`);
      await context.close();
    });
  }
}

test('start page: a member with a notice in force is listed with its last day, for förbundschef and styrelse', async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await openPage(browser, { lang: 'sv' });
  await loginAs(page, 'styrelse');
  await page.route('**/api/v1/associations/1/members', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { items: Record<string, unknown>[] };
    const items = body.items.map((m) =>
      m.name === 'Lerums kommun'
        ? {
            ...m,
            status: 'notice_given',
            notice: { givenOn: `${year}-02-01`, decidedBy: 'KF', reference: '§ 12', endsOn: `${year + 3}-12-31`, feeYears: [], revokedOn: null, revokedReference: null },
          }
        : m,
    );
    await route.fulfill({ response, json: { items } });
  });
  await page.goto('/');
  const section = page.getByRole('region', { name: t.dashboard.notices.title });
  await expect(section.locator('#start-notices-count')).toHaveText('1');
  await expect(section.locator('.start-list li')).toHaveText([t.dashboard.notices.until('Lerums kommun', `${year + 3}-12-31`)]);
  await expect(section.getByRole('link', { name: t.dashboard.notices.more })).toHaveAttribute('href', '/medlemmar');
  await checkPage(page, 'start-notice-sv');
  await context.close();
});

test('start page: a failed section says so in its place; the other sections and the members stay', async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await openPage(browser, { lang: 'sv' });
  await loginAs(page, 'ekonom');
  await page.route('**/api/v1/associations/1/equity', (route) =>
    route.fulfill({ status: 500, contentType: 'application/problem+json', json: { code: 'internal_error', status: 500 } }),
  );
  await page.goto('/');
  await expect(page.getByRole('region', { name: t.dashboard.equity.title })).toContainText(t.errors.internal_error);
  await expect(page.getByRole('table', { name: t.dashboard.contributions.caption(year) })).toBeVisible();
  await expect(page.getByRole('table', { name: t.start.membersTitle })).toBeVisible();
  await checkPage(page, 'start-section-error-sv');
  await context.close();
});

test('start page: the remittent’s referrals are counted by state from the summary, over every insats', async ({ browser }) => {
  const t = DICT.sv;
  const { context, page } = await openPage(browser, { lang: 'sv' });
  await loginAs(page, 'remittent');
  const count = (insatsId: number, state: string, n: number) => ({ insatsId, state, count: n, oldestReferredOn: '2026-01-10' });
  await page.route('**/api/v1/associations/1/referrals/summary', (route) =>
    route.fulfill({
      json: { items: [count(2, 'received', 1), count(2, 'queued', 2), count(3, 'started', 1), count(1, 'started', 3), count(3, 'returned', 1)] },
    }),
  );
  await page.goto('/');
  const section = page.getByRole('region', { name: t.dashboard.myReferrals.title });
  const expected = { received: '1', queued: '2', started: '4', returned: '1', withdrawn: '0', total: '8' };
  for (const [key, value] of Object.entries(expected)) await expect(section.locator(`#start-referrals-${key}`)).toHaveText(value);
  await context.close();
});

/** The number of read_personal events of `username` in the audit log, as the revisor reads it. */
async function readsLogged(browser: Browser, username: string): Promise<number> {
  const { context, page } = await openPage(browser, { lang: 'sv' });
  await loginAs(page, 'revisor');
  const total = (await apiGet<{ total: number }>(page, `/associations/1/audit?action=read_personal&username=${username}`)).total;
  await context.close();
  return total;
}

test('start page: the koordinator’s start page reads no personal data (no read_personal in the audit log)', async ({ browser }) => {
  const before = await readsLogged(browser, 'koordinator');
  const { context, page } = await openPage(browser, { lang: 'sv' });
  // Signing in shows the start page; then it is opened once more.
  const { asked } = await startPageAs(page, 'koordinator');
  await expect(page.getByRole('table', { name: DICT.sv.dashboard.insatser.caption })).toBeVisible();
  await expect(page.locator('#start-awaiting-count')).toBeVisible();
  await expect(page.locator('main .ds-spinner')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(asked.some((p) => p.endsWith('/referrals/summary'))).toBe(true);
  expect(await readsLogged(browser, 'koordinator')).toBe(before);
  // The measure would see reads: the referral list logs each person on it.
  const received = await apiGet<{ items: unknown[] }>(page, '/associations/1/referrals?state=received');
  expect(received.items.length).toBeGreaterThan(0);
  expect(await readsLogged(browser, 'koordinator')).toBeGreaterThan(before);
  await context.close();
});

#!/usr/bin/env node
// Lighthouse (pinned in package.json) in Debian's Chromium over the main pages of each role, signed in, on a
// running Samordna: performance on a simulated phone on 4G (Lighthouse's mobile default) and on a desktop,
// with accessibility and best practices. Prints a Markdown table; `make bench-web` runs it against the release
// build and the demo (scripts/bench-web.sh). Fails when a page falls below the goals of issue 17 unless
// --no-goals is given.
// Usage: node lighthouse.mjs BASE_URL PASSWORD [--only PATH] [--no-goals] [--out DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const [base, password, ...rest] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: lighthouse.mjs BASE_URL PASSWORD [--only PATH] [--no-goals] [--out DIR]');
  process.exit(2);
}
const only = rest.includes('--only') ? rest[rest.indexOf('--only') + 1] : null;
const out = rest.includes('--out') ? rest[rest.indexOf('--out') + 1] : null;
const goals = { mobile: 90, desktop: 95, accessibility: 100 };

// Each role's main pages (the demo's users share the admin password).
const PAGES = [
  ['forbundschef', '/'],
  ['forbundschef', '/statistik'],
  ['forbundschef', '/uppfoljning-finsam'],
  ['forbundschef', '/medlemsnytta'],
  ['ekonom', '/'],
  ['ekonom', '/medlemsavgifter'],
  ['ekonom', '/medlemmar'],
  ['koordinator', '/'],
  ['koordinator', '/insatser'],
  ['koordinator', '/remisser'],
  [null, '/login'],
].filter(([, path]) => only === null || path === only);

async function login(username) {
  const r = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
  return r.headers.get('set-cookie').split(';')[0];
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const rows = [];
let missed = 0;
try {
  for (const [user, path] of PAGES) {
    const cookie = user ? await login(user) : null;
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', extraHeaders: cookie ? { Cookie: cookie } : undefined };
    const row = { user: user ?? '(signed out)', path };
    for (const [form, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
      const result = await lighthouse(`${base}${path}`, flags, config);
      const { categories, audits } = result.lhr;
      row[form] = {
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        bestPractices: Math.round(categories['best-practices'].score * 100),
        fcp: audits['first-contentful-paint'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        bytes: audits['total-byte-weight'].numericValue,
      };
      if (out) {
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, `${row.user}${path.replaceAll('/', '_')}-${form}.json`), JSON.stringify(result.lhr));
      }
    }
    if (row.mobile.performance < goals.mobile || row.desktop.performance < goals.desktop) missed += 1;
    if (row.mobile.accessibility < goals.accessibility || row.desktop.accessibility < goals.accessibility) missed += 1;
    rows.push(row);
    process.stderr.write(`${row.user} ${path}: mobile ${row.mobile.performance}, desktop ${row.desktop.performance}\n`);
  }
} finally {
  await chrome.kill();
}

const s = (ms) => (ms / 1000).toFixed(1);
console.log('| Role | Page | Mobile perf. | FCP / LCP (s) | TBT (ms) | Desktop perf. | FCP / LCP (s) | Access. | Best pr. | KiB |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const m = r.mobile;
  const d = r.desktop;
  console.log(
    `| ${r.user} | ${r.path} | ${m.performance} | ${s(m.fcp)} / ${s(m.lcp)} | ${Math.round(m.tbt)} | ${d.performance} | ` +
      `${s(d.fcp)} / ${s(d.lcp)} | ${Math.min(m.accessibility, d.accessibility)} | ${Math.min(m.bestPractices, d.bestPractices)} | ` +
      `${Math.round(m.bytes / 1024)} |`,
  );
}
if (missed > 0 && !rest.includes('--no-goals')) {
  console.error(`${missed} goal(s) missed: performance ≥ ${goals.mobile} mobile and ≥ ${goals.desktop} desktop, accessibility 100`);
  process.exit(1);
}

#!/usr/bin/env node
// The size budget of the first visit (issue 17): what a browser must fetch before the login or start page can
// run — the entry script, the scripts it preloads and the style sheets named in dist/index.html — counted as
// sent (the brotli copies made by compress.mjs). Fails when it exceeds the budget, or when code that only some
// pages need (ECharts, the English dictionary, a feature's pages) is in it.
// Usage: node scripts/check-bundle-size.mjs [dist] [--budget-kib N]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget-kib');
const budgetKib = budgetAt >= 0 ? Number(args[budgetAt + 1]) : 150;
const dist = args.find((a, i) => !a.startsWith('--') && i !== budgetAt + 1) ?? 'dist';

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
if (scripts.length === 0) {
  console.error(`no script in ${dist}/index.html: build first (npm run build)`);
  process.exit(1);
}

/** Bytes as sent: the brotli copy when there is one, else the file. */
function sentSize(url) {
  const file = join(dist, url);
  return existsSync(`${file}.br`) ? statSync(`${file}.br`).size : statSync(file).size;
}
const kib = (bytes) => (bytes / 1024).toFixed(1);

const failures = [];
let scriptBytes = 0;
for (const url of scripts) {
  const size = sentSize(url);
  scriptBytes += size;
  const text = readFileSync(join(dist, url), 'utf8');
  console.log(`  ${url}: ${kib(size)} KiB sent (${kib(text.length)} KiB)`);
  // Markers of code that must stay out of the first visit.
  if (text.includes('echarts') && text.includes('registerTheme')) failures.push(`${url} holds ECharts`);
  if (text.includes('Notices of withdrawal')) failures.push(`${url} holds the English dictionary`);
}
const styleBytes = styles.reduce((sum, url) => sum + sentSize(url), 0);
console.log(`first visit: ${kib(scriptBytes)} KiB of script in ${scripts.length} files (budget ${budgetKib} KiB), ${kib(styleBytes)} KiB of style`);
if (scriptBytes > budgetKib * 1024) failures.push(`the first visit's script is ${kib(scriptBytes)} KiB, over the budget of ${budgetKib} KiB`);
for (const f of failures) console.error(`✗ ${f}`);
if (failures.length > 0) process.exit(1);

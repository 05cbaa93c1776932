import { defineConfig } from '@playwright/test';
import { BASE_URL } from './e2e/env';

/**
 * End-to-end tests against a running Samordna server. This config starts no server: scripts/e2e.sh
 * starts one C++ server with a fresh demo database per worker, runs with --workers to match and sets
 * SAMORDNA_BASE_URLS, SAMORDNA_ADMIN_USER and SAMORDNA_ADMIN_PASSWORD (e2e/env.ts). Against a single
 * server (SAMORDNA_BASE_URL), one worker.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // One renderer per tab, nothing in the background: the 2-core machine is busy with two browsers and two servers.
  '--disable-site-isolation-trials',
  '--disable-features=site-per-process,Translate,OptimizationHints,MediaRouter',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-extensions',
  '--mute-audio',
];

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});

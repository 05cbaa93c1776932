/**
 * Playwright's test with the suite's clock in every browser context (see clock.ts). Specs import `test` and
 * `expect` from here rather than from '@playwright/test'.
 */
import { test as base } from '@playwright/test';
import { useSuiteClock } from './clock';

export * from '@playwright/test';

export const test = base.extend({
  context: async ({ context }, use) => {
    await useSuiteClock(context);
    await use(context);
  },
});

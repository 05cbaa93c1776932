import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Calls the API of förbund 1 as the signed-in user of `page` (with the session's CSRF token); expects success. */
export async function apiCall(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) {
  const session = (await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string };
  const response = await page.request.fetch(`/api/v1/associations/1${path}`, {
    method,
    headers: { 'X-CSRF-Token': session.csrfToken, 'Content-Type': 'application/json' },
    ...(data === undefined ? {} : { data }),
  });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json() as Promise<Record<string, unknown>>;
}

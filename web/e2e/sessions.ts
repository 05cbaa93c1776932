/**
 * Sessions kept within a Playwright worker, so that a test that only needs to be signed in does not sign in again:
 * the login page, Argon2id and the start page cost 1.5–2 s per test on a loaded 2-core machine. Only a real login
 * through the form (helpers.login, access.loginAs) keeps a session. The server decides whether it still holds: one
 * it no longer accepts (signed out, signed out everywhere, password changed, timed out) is forgotten, and the test
 * signs in through the form again.
 */
import type { BrowserContext, Cookie } from '@playwright/test';
import { BASE_URL } from './env';

const kept = new Map<string, Cookie[]>();

function key(user: string): string {
  return `${BASE_URL} ${user}`;
}

/** Keeps the context's cookies as `user`'s session (after a real login in that context). */
export async function keepSession(context: BrowserContext, user: string): Promise<void> {
  kept.set(key(user), await context.cookies());
}

/** Gives the context `user`'s kept session when the server still accepts it; false when it must sign in. */
export async function resumeSession(context: BrowserContext, user: string): Promise<boolean> {
  const cookies = kept.get(key(user));
  if (cookies === undefined) return false;
  await context.addCookies(cookies);
  const answer = await context.request.get('/api/v1/session');
  if (answer.status() === 200) return true;
  kept.delete(key(user));
  await context.clearCookies();
  return false;
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, NETWORK_ERROR, readLines, request, setCsrfToken, setUnauthenticatedHandler } from '.';

type Call = { url: string; init: RequestInit };

function problem(status: number, body: unknown, type = 'application/problem+json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

let calls: Call[];
let next: () => Response | Promise<Response>;

beforeEach(() => {
  calls = [];
  next = () => new Response(null, { status: 204 });
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return Promise.resolve(next());
  });
  setCsrfToken(null);
  setUnauthenticatedHandler(null);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function header(call: Call | undefined, name: string): string | undefined {
  return (call?.init.headers as Record<string, string> | undefined)?.[name];
}

describe('api client', () => {
  it('sends same-origin credentials and parses JSON', async () => {
    next = () => problem(200, { status: 'ok', version: '0.1.0' }, 'application/json');
    await expect(api.health()).resolves.toEqual({ status: 'ok', version: '0.1.0' });
    expect(calls[0]?.url).toBe('/api/v1/health');
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(calls[0]?.init.method).toBe('GET');
  });

  it('sends X-CSRF-Token on unsafe methods but not on GET or the login POST', async () => {
    setCsrfToken('tok');
    await request('GET', '/x');
    await request('PUT', '/x', { body: {} });
    await api.logout();
    next = () => problem(200, { user: {}, csrfToken: 'new' }, 'application/json');
    await api.login('admin', 'pw');
    expect(header(calls[0], 'X-CSRF-Token')).toBeUndefined();
    expect(header(calls[1], 'X-CSRF-Token')).toBe('tok');
    expect(calls[2]?.init.method).toBe('DELETE');
    expect(header(calls[2], 'X-CSRF-Token')).toBe('tok');
    expect(header(calls[3], 'X-CSRF-Token')).toBeUndefined();
    expect(JSON.parse(String(calls[3]?.init.body))).toEqual({ username: 'admin', password: 'pw' });
    expect(header(calls[3], 'Content-Type')).toBe('application/json');
  });

  it('maps problem+json to ApiError with code and field errors, ignoring the title', async () => {
    next = () =>
      problem(422, {
        type: 'about:blank',
        title: 'Validation failed',
        status: 422,
        code: 'validation_failed',
        errors: [{ field: 'username', code: 'required' }, { bogus: true }],
      });
    const error = await api.login('', '').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'validation_failed' });
    expect((error as ApiError).fieldErrors).toEqual([{ field: 'username', code: 'required' }]);
    expect((error as ApiError).message).not.toContain('Validation failed');
  });

  it('derives a code from the status when the body has none', async () => {
    next = () => new Response('<html>', { status: 404, headers: { 'Content-Type': 'text/html' } });
    await expect(request('GET', '/nope')).rejects.toMatchObject({ status: 404, code: 'not_found' });
    next = () => new Response('oops', { status: 502 });
    await expect(request('GET', '/x')).rejects.toMatchObject({ status: 502, code: 'internal_error' });
    next = () => problem(400, 'not an object');
    await expect(request('GET', '/x')).rejects.toMatchObject({ code: 'malformed_json' });
  });

  it('reports network failures as network_error', async () => {
    next = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(request('GET', '/x')).rejects.toMatchObject({ status: 0, code: NETWORK_ERROR });
  });

  it('calls the session-ended handler on 401, except for the session endpoints', async () => {
    const ended: string[] = [];
    setUnauthenticatedHandler((e) => ended.push(e.code));
    next = () => problem(401, { status: 401, code: 'session_expired' });
    await expect(api.associations()).rejects.toMatchObject({ code: 'session_expired' });
    next = () => problem(401, { status: 401, code: 'unauthenticated' });
    await expect(api.getSession()).rejects.toMatchObject({ code: 'unauthenticated' });
    next = () => problem(401, { status: 401, code: 'invalid_credentials' });
    await expect(api.login('a', 'b')).rejects.toMatchObject({ code: 'invalid_credentials' });
    expect(ended).toEqual(['session_expired']);
  });

  it('builds member URLs from the association id', async () => {
    next = () => problem(200, { items: [] }, 'application/json');
    await api.members(7);
    expect(calls[0]?.url).toBe('/api/v1/associations/7/members');
  });
});

describe('an import streamed with its progress', () => {
  it('reads the complete lines and leaves a half line for later', () => {
    const text = '{"rowsRead":0}\n{"rowsRead":12000}\n\n{"status":422,"answer":{"code":"import_refused"}}\n{"rowsRe';
    const first = readLines(text, 0);
    expect(first.lines).toEqual([{ rowsRead: 0 }, { rowsRead: 12000 }, { status: 422, answer: { code: 'import_refused' } }]);
    expect(text.slice(first.next)).toBe('{"rowsRe');
    const more = readLines(`${text}ad":5}\nnot json\n`, first.next);
    expect(more.lines).toEqual([{ rowsRead: 5 }]);
  });
});

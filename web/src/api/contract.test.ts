// The API contract: openapi.json describes a request and an answer for every operation, and the check that
// `make test` runs over the API tests' recorded exchanges (scripts/check-api-answers.mjs) refuses what it should.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { checkExchanges } from '../../scripts/api-contract.mjs';

type Operation = {
  requestBody?: { content: Record<string, { schema?: unknown }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>;
};
type Document = { paths: Record<string, Record<string, Operation>> };

const document: Document = JSON.parse(readFileSync(new URL('../../../src/app/api/openapi.json', import.meta.url), 'utf8'));
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, method, operation })),
);

const member = {
  id: 3,
  name: 'Alingsås kommun',
  partyKind: 'kommun',
  code: '1489',
  joinedOn: '2005-01-01',
  leftOn: null,
  status: 'active',
  canGiveNotice: true,
  version: 1,
  notice: null,
};
const members = (items: unknown[], status = 200) => ({
  method: 'GET',
  path: '/api/v1/associations/1/members',
  request: null,
  status,
  contentType: 'application/json',
  answer: { items },
});
const failuresOf = (...exchanges: unknown[]): string[] => checkExchanges(document, exchanges).failures;

describe('openapi.json', () => {
  it('describes the success answer of every operation: a schema for each body, or 204 without one', () => {
    expect(operations.length).toBeGreaterThan(80);
    for (const { name, operation } of operations) {
      const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      // One answer with a body, or 204 alone; or both, where "nothing" is an answer (GET /session/current).
      const withBody = success.filter(([status]) => status !== '204');
      expect(withBody.length, name).toBeLessThanOrEqual(1);
      expect(success.length - withBody.length, name).toBeLessThanOrEqual(1);
      expect(success.length, name).toBeGreaterThan(0);
      const [, response] = withBody[0] ?? ['', {}];
      if (withBody.length === 0) continue;
      const media: { schema?: unknown }[] = Object.values(response.content ?? {});
      expect(media.length, name).toBeGreaterThan(0);
      for (const m of media) expect(m.schema, name).toBeDefined();
    }
  });

  it('describes the body of every operation that takes one', () => {
    for (const { name, method, operation } of operations) {
      if (!operation.requestBody) continue;
      // A JSON body, or a file (the history import's spreadsheet) described for each type it may be sent as.
      const content = operation.requestBody.content;
      expect(content['application/json']?.schema ?? content['text/csv']?.schema, name).toBeDefined();
      expect(['post', 'put', 'delete']).toContain(method);
    }
  });
});

describe('the contract check', () => {
  it('accepts an answer that matches its schema', () => {
    expect(failuresOf(members([member]))).toEqual([]);
    const { answered } = checkExchanges(document, [members([member])]);
    expect([...answered]).toEqual(['GET /api/v1/associations/{id}/members']);
  });

  it('refuses an undocumented property, a wrong type, a missing field and a value outside the enum', () => {
    expect(failuresOf(members([{ ...member, secret: 'x' }]))).toHaveLength(1);
    expect(failuresOf(members([{ ...member, id: '3' }]))).toHaveLength(1);
    const { name: _name, ...nameless } = member;
    expect(failuresOf(members([nameless]))).toHaveLength(1);
    expect(failuresOf(members([{ ...member, partyKind: 'bolag' }]))).toHaveLength(1);
  });

  it('refuses a status the operation does not document, and checks problems against Problem', () => {
    expect(failuresOf({ ...members([]), status: 418 })[0]).toMatch(/status not documented/);
    const problem = { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' };
    expect(failuresOf({ ...members([]), status: 404, contentType: 'application/problem+json', answer: problem })).toEqual([]);
    const { code: _code, ...codeless } = problem;
    expect(failuresOf({ ...members([]), status: 404, contentType: 'application/problem+json', answer: codeless })).toHaveLength(1);
  });

  it('refuses an answer of a media type the operation does not document', () => {
    const csv = { method: 'GET', path: '/api/v1/associations/1/finsam.csv?year=2020', request: null, status: 200 };
    expect(failuresOf({ ...csv, contentType: 'text/csv; charset=utf-8' })).toEqual([]);
    expect(failuresOf({ ...csv, contentType: 'text/html' })[0]).toMatch(/answered text\/html/);
  });

  it('refuses a request the server accepted when its schema does not allow it, and ignores refused ones', () => {
    const payment = {
      method: 'PUT',
      path: '/api/v1/associations/1/budgets/2026/payments/3',
      contentType: 'application/json',
    };
    const accepted = { ...payment, status: 200, request: { paidOn: 20260101 }, answer: {} };
    expect(failuresOf(accepted).some((f) => f.includes('accepted a request its schema refuses'))).toBe(true);
    const refused = { ...payment, status: 422, contentType: 'application/problem+json', request: { paidOn: 20260101 } };
    expect(failuresOf({ ...refused, answer: { type: 'about:blank', title: 'x', status: 422, code: 'invalid' } })).toEqual([]);
  });

  it('matches literal path segments before parameters and skips what is not API', () => {
    const summary = {
      method: 'GET',
      path: '/api/v1/associations/1/referrals/summary',
      request: null,
      status: 200,
      contentType: 'application/json',
      answer: { items: [] },
    };
    expect(failuresOf(summary)).toEqual([]);
    expect(failuresOf({ method: 'GET', path: '/assets/app.js', status: 200, contentType: 'text/javascript' })).toEqual([]);
  });
});

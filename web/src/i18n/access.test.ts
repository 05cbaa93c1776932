import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, ROLES } from '../api/accessTypes';
import { actionName, entityName } from './auditFields';
import { roleName } from '../session/roleNames';
import { en } from './en';
import { errorMessage } from './problems';
import { sv } from './sv';

/** docs/access-api.md, the contract the codes come from. */
const DOC = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'access-api.md'), 'utf8');

/** `field code|code` pairs from the doc's 422 answers, plus the audit filter's (written in prose there). */
function fieldCodes(): string[] {
  const pairs = new Set(['from.invalid', 'to.invalid', 'page.invalid']);
  for (const line of DOC.split('\n').filter((l) => l.includes('422'))) {
    for (const [, field = '', codes = ''] of line.matchAll(/`(\w+) ([\w|]+)`/g)) {
      for (const code of codes.split('|')) pairs.add(`${field}.${code}`);
    }
  }
  return [...pairs];
}

/** Problem codes: `401 \`x\``, `403 \`x\``, `/ \`x\`` (alternatives), 404, 429. */
function problemCodes(): string[] {
  const codes = new Set<string>();
  for (const [, code = ''] of DOC.matchAll(/(?:\b40[134]|\b429|\/)\s+`(\w+)`/g)) codes.add(code);
  return [...codes];
}

describe('access texts', () => {
  it('find the codes in the contract', () => {
    expect(fieldCodes()).toEqual(expect.arrayContaining(['role.separation_of_duties', 'currentPassword.wrong', 'user.self']));
    expect(problemCodes()).toEqual(expect.arrayContaining(['session_expired', 'csrf_invalid', 'user_in_other_association']));
  });

  it('translate every field error code of docs/access-api.md, in sv and en', () => {
    for (const dict of [sv, en]) {
      for (const key of fieldCodes()) expect(Object.hasOwn(dict.accessErrors, key), `${dict.lang} ${key}`).toBe(true);
    }
  });

  it('translate every problem code of docs/access-api.md, in sv and en', () => {
    for (const dict of [sv, en]) {
      for (const code of problemCodes()) expect(errorMessage(dict, code), `${dict.lang} ${code}`).not.toBe(dict.errors.generic);
    }
  });

  it('name every role of the contract in sv and en', () => {
    const table = DOC.slice(DOC.indexOf('| role |'), DOC.indexOf('No role has'));
    const documented = [...table.matchAll(/^\| (\w+) \|/gm)].map((m) => m[1]).filter((r) => r !== 'role');
    expect([...ROLES].sort()).toEqual([...documented].sort());
    for (const dict of [sv, en]) for (const role of ROLES) expect(roleName(dict, role)).not.toBe(role);
    expect(sv.roles.administrator).toContain('förbundschef');
    expect(sv.roles.deltagaransvarig).toContain('koordinator');
    expect(roleName(sv, 'no_such_role')).toBe('no_such_role');
  });

  it('name every audit action and entity of the contract in sv and en', () => {
    const listed = (label: string) => {
      const start = DOC.indexOf(label);
      // The list ends at the next ";" or the end of the sentence (the doc goes on to name users).
      const rest = DOC.slice(start);
      const end = rest.search(/;|\.\s/);
      return [...rest.slice(0, end === -1 ? undefined : end).matchAll(/`(\w+)`/g)].map((m) => m[1]);
    };
    expect([...AUDIT_ACTIONS]).toEqual(listed('Actions:'));
    expect([...AUDIT_ENTITIES]).toEqual(listed('entities:'));
    for (const dict of [sv, en]) {
      for (const a of AUDIT_ACTIONS) expect(actionName(dict, a)).not.toBe(a);
      for (const e of AUDIT_ENTITIES) expect(entityName(dict, e)).not.toBe(e);
    }
  });

  it('say the separation-of-duties rule in plain words', () => {
    expect(sv.accessErrors['role.separation_of_duties']).toBe(
      'Administratör kan inte samtidigt vara deltagaransvarig i samma förbund.',
    );
  });
});

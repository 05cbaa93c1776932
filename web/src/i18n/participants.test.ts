import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownFieldError } from '../forms/fieldErrors';
import * as P from '../api/participantsTypes';
import { en } from './en';
import { sv } from './sv';

/** docs/participants-api.md, the contract the codes and values come from. */
const DOC = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'participants-api.md'), 'utf8');

/** `a|b|c` inside the backticks after `label` (across line breaks), e.g. `kind: individual|structural`. */
function alternatives(pattern: RegExp): string[] {
  const m = pattern.exec(DOC);
  if (!m?.[1]) throw new Error(`not in the doc: ${pattern}`);
  return m[1].split(/[|,\s]+/).filter(Boolean);
}

const PROBLEMS = alternatives(/problems ⊆\s+`([^`]+)`/);

/**
 * Every `field code|code` pair in the doc (they may wrap lines), expanded: `minAge|maxAge`,
 * `eligibility <problem>`, `<prefix>support` (atStart./atEnd.), `budget.<year>`, `actions.<i>.x`.
 */
function fieldCodes(): string[] {
  const pairs = new Set<string>();
  for (const [, fields = '', codes = ''] of DOC.matchAll(/`([\w.<>|]+)\s+([a-z_|\s]+)`/g)) {
    if (/^(GET|POST|PUT)$/.test(fields)) continue;
    const codeList = codes.split(/[|\s]+/).filter(Boolean);
    const expanded = codeList.includes('<problem>') ? PROBLEMS : codeList;
    for (const field of fields.split('|')) {
      const names = field.startsWith('<prefix>') ? ['atStart.', 'atEnd.'].map((p) => p + field.slice(8)) : [field];
      for (const name of names) {
        for (const code of expanded) pairs.add(`${name.replace(/<\w+>/g, '0')}.${code}`);
      }
    }
  }
  // `<problem>` in the text, the atStart.* wildcard: written out above.
  for (const p of PROBLEMS) pairs.add(`eligibility.${p}`);
  return [...pairs];
}

describe('participants texts', () => {
  it('find the codes in the contract', () => {
    expect(fieldCodes()).toEqual(
      expect.arrayContaining([
        'insats.full', 'person.already_active', 'consent.missing', 'personnummer.personnummer_checksum',
        'eligibility.too_old', 'atStart.support.required', 'atEnd.extentPercent.out_of_range', 'budget.0.negative',
        'actions.0.description.required', 'minAge.out_of_range', 'maxAge.out_of_range', 'women.negative', 'sort.invalid',
      ]),
    );
    expect(fieldCodes().length).toBeGreaterThan(60);
  });

  it('translate every field error code of docs/participants-api.md, in sv and en', () => {
    for (const dict of [sv, en]) {
      for (const key of fieldCodes()) {
        const dot = key.lastIndexOf('.');
        const text = knownFieldError(dict, key.slice(0, dot), key.slice(dot + 1), 'x');
        expect(text, `${dict.lang} ${key}`).not.toBeNull();
      }
    }
  });

  it('say the brief’s errors in plain Swedish', () => {
    expect(knownFieldError(sv, 'insats', 'full', '')).toBe('Insatsen har inga lediga platser.');
    expect(knownFieldError(sv, 'person', 'already_active', '')).toBe('Personen deltar redan i insatsen.');
    expect(knownFieldError(sv, 'consent', 'missing', '')).toBe('Uppföljningsdata kräver samtycke.');
    expect(knownFieldError(sv, 'eligibility', 'outside_area', '')).toContain('utanför förbundets område');
  });

  it('list the enum values exactly as the contract does', () => {
    expect([...P.INSATS_KINDS]).toEqual(alternatives(/kind: ([\w|]+)/));
    expect([...P.ELIGIBILITY_PROBLEMS]).toEqual(PROBLEMS);
    expect([...P.REFERRAL_STATES]).toEqual(alternatives(/state: ([\w|]+)/));
    expect([...P.RETURN_REASONS]).toEqual(alternatives(/\(returned:\s+([\w|\s]+)\)/));
    expect([...P.QUEUE_SORTS]).toEqual(alternatives(/sort=([\w|]+)/));
    expect([...P.SUPPORT_SOURCES]).toEqual(alternatives(/support: \[([\w|\s]+)\]/));
    expect([...P.EDUCATION_LEVELS]).toEqual(alternatives(/education: ([\w|\s]+),\s+occupation/));
    expect([...P.OCCUPATIONS]).toEqual(alternatives(/occupation: ([\w|]+),/));
    expect([...P.EXIT_REASONS]).toEqual(alternatives(/exitReason: ([\w|\s]+),\s+atEnd/));
    expect([...P.CONSENT_PURPOSES]).toEqual(alternatives(/purpose: ([\w|]+),/));
    expect([...P.GENDERS]).toEqual(alternatives(/gender: ([\w|]+),/));
  });

  it('name every enum value in sv and en', () => {
    for (const dict of [sv, en]) {
      const all: [readonly string[], Record<string, string>][] = [
        [P.INSATS_KINDS, dict.catalogue.kinds],
        [P.ELIGIBILITY_PROBLEMS, dict.referrals.problems],
        [P.REFERRAL_STATES, dict.referrals.states],
        [P.RETURN_REASONS, dict.referrals.returnReasons],
        [P.SUPPORT_SOURCES, dict.participation.supportSources],
        [P.EDUCATION_LEVELS, dict.participation.educationLevels],
        [P.OCCUPATIONS, dict.participation.occupations],
        [P.EXIT_REASONS, dict.participation.exitReasons],
        [P.CONSENT_PURPOSES, dict.person.purposes],
        [P.GENDERS, dict.person.genders],
      ];
      for (const [values, names] of all) {
        for (const v of values) expect(Object.hasOwn(names, v) && names[v] !== v, `${dict.lang} ${v}`).toBe(true);
      }
    }
  });

  it('use the Swedish terms of the field', () => {
    expect(Object.values(sv.participation.supportSources)).toContain('Sjukpenning/rehabiliteringspenning');
    expect(Object.values(sv.participation.educationLevels)).toEqual(['Förgymnasial', 'Gymnasial', 'Eftergymnasial', 'Okänd']);
    expect(sv.referrals.override).toBe('Registrera ändå – avsteg dokumenteras');
  });
});

import { describe, expect, it } from 'vitest';
import { importContentType, importQuery, type ImportReport } from '../../api/importApi';
import { en } from '../../i18n/en';
import { sv } from '../../i18n/sv';
import { mappingChoice, problemPlace, problemText, readyToImport } from './importView';

const report: ImportReport = {
  dryRun: true,
  imported: false,
  header: ['Pnr', 'Insats', 'Start'],
  mapping: { personnummer: 'Pnr', insats: 'Insats' },
  rows: 2,
  toImport: 2,
  withConsent: 0,
  budgetYears: 0,
  alreadyImported: 0,
  problemCount: 0,
  problems: [],
};

/** Every problem code the server names (src/history_import: imported_participation.hpp, imported_insats.hpp, the services). */
const SERVER_PROBLEMS = [
  'personnummer required',
  'personnummer format',
  'personnummer date',
  'personnummer checksum',
  'personnummer future',
  'personnummer restricted',
  'insats required',
  'insats unknown',
  'insats ambiguous',
  'startedOn required',
  'startedOn invalid',
  'startedOn future',
  'endedOn invalid',
  'endedOn future',
  'endedOn before_start',
  'exitReason required',
  'exitReason invalid',
  'exitReason not_allowed',
  'kommun unknown',
  'consent invalid',
  'name required',
  'row duplicate',
  'row overlaps',
  'file empty',
  'file no_rows',
  'consentFormReference required',
  'consentFormReference too_long',
  'insats too_long',
  'insats exists',
  'insats not_staffed',
  'kind invalid',
  'kind conflicts',
  'leadParty required',
  'leadParty unknown',
  'leadParty ambiguous',
  'leadParty conflicts',
  'cooperatingParties unknown',
  'cooperatingParties ambiguous',
  'cooperatingParties too_few_parties',
  'cooperatingParties conflicts',
  'kommuner unknown',
  'kommuner ambiguous',
  'kommuner not_kommun',
  'kommuner outside_area',
  'kommuner conflicts',
  'capacity invalid',
  'capacity required',
  'capacity conflicts',
  'startsOn required',
  'startsOn invalid',
  'startsOn conflicts',
  'endsOn invalid',
  'endsOn before_start',
  'endsOn conflicts',
  'budgetYear invalid',
  'budgetYear required',
  'budgetYear duplicate',
  'budget invalid',
  'budget required',
  'budget negative',
  'budget differs_from_saved',
  'mapping.insats required',
  'mapping.leadParty required',
  'mapping.startedOn missing_column',
  'mapping.endedOn duplicate',
];

/** Every problem code a sheet of budgets can have (src/history_import: imported_budget.hpp, budget_import_service.hpp). */
const BUDGET_PROBLEMS = [
  'budgetYear required',
  'budgetYear invalid',
  'budgetYear no_charter',
  'budgetYear population_missing',
  'budgetYear missing_fk',
  'budgetYear missing_af',
  'budgetYear missing_region',
  'budgetYear missing_kommun',
  'budget invalid',
  'budget required',
  'budget conflicts',
  'budget differs_from_saved',
  'member required',
  'member unknown',
  'member ambiguous',
  'member duplicate',
  'member not_in_year',
  'keyValue required',
  'keyValue invalid',
  'keyValue not_used',
  'keyValue member_missing',
  'keyValue shares_not_100',
  'keyValue amounts_not_quarter',
  'keyValue zero_sum',
  'mapping.budget required',
  'mapping.budgetYear missing_column',
];

describe('the history import page', () => {
  it('says every problem of a sheet of budgets in its own words, in sv and en', () => {
    for (const dict of [sv, en]) {
      for (const pair of BUDGET_PROBLEMS) {
        const [field = '', code = ''] = pair.split(' ');
        expect(problemText(dict, field, code, 'budgets'), `${dict.lang} ${pair}`).not.toMatch(/(Okänt|Unknown) problem \(/);
      }
    }
    // The insats's wording for a year saved with other figures is not the förbund budget's.
    expect(problemText(sv, 'budget', 'differs_from_saved', 'budgets')).toMatch(/^Förbundet har redan en budget/);
    expect(problemText(sv, 'budget', 'differs_from_saved', 'insatser')).toMatch(/^Insatsen har redan/);
    expect(problemText(sv, 'mapping.budget', 'required', 'budgets')).toBe('Total budget (kr): Välj en kolumn: fältet krävs.');
    expect(problemText(en, 'mapping.budgetYear', 'missing_column', 'budgets')).toBe('Year: The column is not in the file.');
  });

  it('says every problem the server names, in sv and en', () => {
    for (const dict of [sv, en]) {
      for (const pair of SERVER_PROBLEMS) {
        const [field = '', code = ''] = pair.split(' ');
        expect(problemText(dict, field, code), `${dict.lang} ${pair}`).not.toMatch(/(Okänt|Unknown) problem \(/);
      }
    }
    expect(problemText(sv, 'mapping.startedOn', 'required')).toBe('Startdatum: Välj en kolumn: fältet krävs.');
    expect(problemText(sv, 'row', 'sideways')).toBe('Okänt problem (row sideways).');
    expect(problemText(sv, 'mapping.insats', 'required', 'insatser')).toBe('Insatsens namn: Välj en kolumn: fältet krävs.');
    expect(problemText(en, 'mapping.insats', 'required')).toBe('Insats: Choose a column: the field is required.');
  });

  it('builds the query with the mapping chosen, every field named', () => {
    expect(importQuery('participations', true, ' Pärm 3 ', null)).toBe('dryRun=true&consentFormReference=P%C3%A4rm+3');
    const q = new URLSearchParams(importQuery('participations', false, '', { personnummer: 'Pnr', startedOn: 'Start' }));
    expect(q.get('dryRun')).toBe('false');
    expect(q.get('mapping.personnummer')).toBe('Pnr');
    expect(q.get('mapping.exitReason')).toBe('');
    expect(q.has('consentFormReference')).toBe(false);
    // A sheet of insatser names only its own fields, and has no consent form.
    const insatser = new URLSearchParams(importQuery('insatser', true, 'Pärm 3', { insats: 'Namn', personnummer: 'Pnr' }));
    expect(insatser.get('mapping.insats')).toBe('Namn');
    expect(insatser.get('mapping.budget')).toBe('');
    expect(insatser.has('mapping.personnummer')).toBe(false);
    expect(insatser.has('consentFormReference')).toBe(false);
  });

  it('sends XLSX by its name and anything else as CSV', () => {
    expect(importContentType('Deltagare 2019.XLSX')).toContain('spreadsheetml');
    expect(importContentType('deltagare.csv')).toBe('text/csv');
    expect(importContentType('deltagare.txt')).toBe('text/csv');
  });

  it('reads the report: the mapping, the place of a problem, and when it may be imported', () => {
    expect(mappingChoice('participations', report)).toEqual({
      personnummer: 'Pnr',
      name: '',
      insats: 'Insats',
      startedOn: '',
      endedOn: '',
      exitReason: '',
      kommun: '',
      consent: '',
    });
    expect(problemPlace(sv, 0, null)).toEqual({ row: 'Hela filen', column: '–' });
    expect(problemPlace(en, 12, 'Pnr')).toEqual({ row: '12', column: 'Pnr' });
    expect(readyToImport(report)).toBe(true);
    expect(readyToImport({ ...report, problemCount: 1 })).toBe(false);
    expect(readyToImport({ ...report, toImport: 0 })).toBe(false);
    expect(readyToImport({ ...report, imported: true })).toBe(false);
    // A sheet of insatser that only adds budget years to insatser the förbund has.
    expect(readyToImport({ ...report, toImport: 0, budgetYears: 2 })).toBe(true);
    expect(Object.keys(mappingChoice('insatser', { ...report, mapping: { insats: 'Namn' } }))).toHaveLength(10);
  });
});

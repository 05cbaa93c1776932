import { describe, expect, it } from 'vitest';
import { en } from '../../../i18n/en';
import { sv } from '../../../i18n/sv';
import { actionName, auditFieldLines, entityName } from '../../../i18n/auditFields';
import { pageCount, shownRange } from '../../../tables/paging';
import { EMPTY_FILTER, auditQuery, checkAuditFilter } from './auditQuery';

describe('auditQuery', () => {
  it('is empty without filter on page 1', () => {
    expect(auditQuery(EMPTY_FILTER)).toBe('');
    expect(auditQuery(EMPTY_FILTER, 1)).toBe('');
  });

  it('leaves out empty values, trims, encodes, and adds the page from 2', () => {
    const filter = { ...EMPTY_FILTER, action: 'login', username: ' anna berg ', from: '2026-01-01', to: '2026-01-31' };
    expect(auditQuery(filter, 3)).toBe('?action=login&username=anna+berg&from=2026-01-01&to=2026-01-31&page=3');
    expect(auditQuery({ ...EMPTY_FILTER, entity: 'user', entityId: '12&x=1' })).toBe('?entity=user&entityId=12%26x%3D1');
  });
});

describe('checkAuditFilter', () => {
  it('accepts empty dates and real dates', () => {
    expect(checkAuditFilter(EMPTY_FILTER)).toEqual([]);
    expect(checkAuditFilter({ ...EMPTY_FILTER, from: '2026-02-28', to: '2026-02-28' })).toEqual([]);
  });

  it('refuses impossible dates and a to before from', () => {
    expect(checkAuditFilter({ ...EMPTY_FILTER, from: '2026-02-30' })).toEqual([{ field: 'from', code: 'invalid' }]);
    expect(checkAuditFilter({ ...EMPTY_FILTER, to: '1/2/2026' })).toEqual([{ field: 'to', code: 'invalid' }]);
    expect(checkAuditFilter({ ...EMPTY_FILTER, from: '2026-03-01', to: '2026-02-01' })).toEqual([{ field: 'to', code: 'before_from' }]);
  });
});

describe('paging', () => {
  it('counts pages and the range shown', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(shownRange(0, 1, 50)).toEqual([0, 0]);
    expect(shownRange(120, 1, 50)).toEqual([1, 50]);
    expect(shownRange(120, 3, 50)).toEqual([101, 120]);
  });
});

describe('audit fields', () => {
  it('shows "name: value" translated, and only the name for personal data (null)', () => {
    expect(auditFieldLines(sv, [{ name: 'role', value: 'ekonom' }])).toEqual(['Roll: ekonom']);
    expect(auditFieldLines(sv, [{ name: 'displayName', value: null }])).toEqual(['displayName']);
    expect(auditFieldLines(en, [{ name: 'note', value: '' }])).toEqual(['Note: –']);
    expect(auditFieldLines(en, [{ name: 'someNewField', value: '' }])).toEqual(['someNewField: –']);  // not known: as named
    // A correction: its reason by name (kept with the participation), the row it names, the date before → after.
    expect(
      auditFieldLines(sv, [
        { name: 'reason', value: null },
        { name: 'correctionId', value: '7' },
        { name: 'endedOn.before', value: '2026-11-20' },
        { name: 'endedOn', value: '2026-11-13' },
      ]),
    ).toEqual(['Skäl', 'Rättelse (nummer): 7', 'Avslutades: 2026-11-20 → 2026-11-13']);
  });

  it('shows a change as before → after, amounts in kronor', () => {
    const lines = auditFieldLines(sv, [
      { name: 'totalOre.before', value: '1500000000' },
      { name: 'totalOre', value: '1520000050' },
      { name: 'keyInputs', value: '0' },
      { name: 'paidOn.before', value: '' },
      { name: 'paidOn', value: '2021-02-10' },
    ]);
    expect(lines).toEqual(['Budget totalt: 15\u00a0000\u00a0000\u00a0kr → 15\u00a0200\u00a0000,50\u00a0kr', 'Nyckelvärden: 0', 'Betald: – → 2021-02-10']);
    expect(auditFieldLines(en, [{ name: 'costsOre', value: '12345600' }])).toEqual(['Costs: 123\u00a0456\u00a0kr']);
  });

  it('translates actions and entities, keeping unknown codes', () => {
    expect(actionName(sv, 'login_failed')).toBe('Misslyckad inloggning');
    expect(entityName(sv, 'budget')).toBe('Budget');
    expect(actionName(sv, 'toString')).toBe('toString');
    expect(entityName(sv, 'participant')).toBe('participant');
  });
});

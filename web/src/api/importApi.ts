/** The history import (docs/import-api.md): a spreadsheet of participations, of insatser or of the förbund's budgets checked or imported, and the saved column mapping. */
import { request, uploadFile } from '.';
import type { components, paths } from './schema';

export type ImportReport = components['schemas']['ImportReport'];
export type ImportField = components['schemas']['ImportField'];
export type ImportMapping = paths['/api/v1/associations/{id}/participation-imports/mapping']['get']['responses']['200']['content']['application/json'];
/** What a sheet holds: participations (one row each), insatser (one row per insats and budget year) or the förbund's budgets (one row per year, or per year and member). */
export type ImportKind = 'participations' | 'insatser' | 'budgets';

/** The fields a mapping of each kind of sheet names, in the order the form shows them. */
export const IMPORT_FIELDS: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  participations: ['personnummer', 'name', 'insats', 'startedOn', 'endedOn', 'exitReason', 'kommun', 'consent'],
  insatser: ['insats', 'kind', 'leadParty', 'cooperatingParties', 'kommuner', 'capacity', 'startsOn', 'endsOn', 'budgetYear', 'budget'],
  budgets: ['budgetYear', 'budget', 'member', 'keyValue'],
};

/** The fields a file of the kind cannot do without (the server says so too; the form marks them). */
export const REQUIRED_FIELDS: Readonly<Record<ImportKind, ReadonlySet<ImportField>>> = {
  participations: new Set(['personnummer', 'insats', 'startedOn']),
  insatser: new Set(['insats', 'leadParty', 'startsOn']),
  budgets: new Set(['budgetYear', 'budget']),
};

const COLLECTION: Record<ImportKind, string> = { participations: 'participation-imports', insatser: 'insats-imports', budgets: 'budget-imports' };

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type to send a file as: XLSX by its name, everything else as CSV (the server reads the bytes). */
export function importContentType(fileName: string): string {
  return fileName.toLowerCase().endsWith('.xlsx') ? XLSX_TYPE : 'text/csv';
}

/** The query of an upload: dry run or not, the consent form (participations), and the mapping when one is chosen. */
export function importQuery(kind: ImportKind, dryRun: boolean, consentFormReference: string, mapping: Partial<Record<ImportField, string>> | null): string {
  const query = new URLSearchParams({ dryRun: String(dryRun) });
  if (kind === 'participations' && consentFormReference.trim() !== '') query.set('consentFormReference', consentFormReference.trim());
  if (mapping) {
    for (const field of IMPORT_FIELDS[kind]) query.set(`mapping.${field}`, mapping[field] ?? '');
  }
  return query.toString();
}

export const importApi = {
  mapping: (kind: ImportKind, a: number, signal?: AbortSignal) =>
    request<ImportMapping>('GET', `/associations/${encodeURIComponent(a)}/${COLLECTION[kind]}/mapping`, signal ? { signal } : {}),
  /** The file sent (onProgress: the share sent), then the server's own progress (onRows: rows read) and the report. */
  upload: (kind: ImportKind, a: number, file: File, query: string, onProgress: (sent: number) => void, onRows: (rows: number) => void) =>
    uploadFile<ImportReport>(`/associations/${encodeURIComponent(a)}/${COLLECTION[kind]}?${query}`, file, importContentType(file.name), onProgress, onRows),
};

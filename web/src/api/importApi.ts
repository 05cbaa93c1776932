/** The history import (docs/import-api.md): a spreadsheet checked or imported, and the saved column mapping. */
import { request, uploadFile } from '.';
import type { components, paths } from './schema';

export type ImportReport = components['schemas']['ImportReport'];
export type ImportField = components['schemas']['ImportField'];
export type ImportMapping = paths['/api/v1/associations/{id}/participation-imports/mapping']['get']['responses']['200']['content']['application/json'];

/** The fields a mapping names, in the order the form shows them. */
export const IMPORT_FIELDS: readonly ImportField[] = ['personnummer', 'name', 'insats', 'startedOn', 'endedOn', 'exitReason', 'kommun', 'consent'];

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type to send a file as: XLSX by its name, everything else as CSV (the server reads the bytes). */
export function importContentType(fileName: string): string {
  return fileName.toLowerCase().endsWith('.xlsx') ? XLSX_TYPE : 'text/csv';
}

/** The query of an upload: dry run or not, the consent form, and the mapping when one is chosen. */
export function importQuery(dryRun: boolean, consentFormReference: string, mapping: Partial<Record<ImportField, string>> | null): string {
  const query = new URLSearchParams({ dryRun: String(dryRun) });
  if (consentFormReference.trim() !== '') query.set('consentFormReference', consentFormReference.trim());
  if (mapping) {
    for (const field of IMPORT_FIELDS) query.set(`mapping.${field}`, mapping[field] ?? '');
  }
  return query.toString();
}

export const importApi = {
  mapping: (a: number, signal?: AbortSignal) =>
    request<ImportMapping>('GET', `/associations/${encodeURIComponent(a)}/participation-imports/mapping`, signal ? { signal } : {}),
  upload: (a: number, file: File, query: string, onProgress: (sent: number) => void) =>
    uploadFile<ImportReport>(`/associations/${encodeURIComponent(a)}/participation-imports?${query}`, file, importContentType(file.name), onProgress),
};

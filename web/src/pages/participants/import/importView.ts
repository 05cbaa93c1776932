/** What the import page shows of a report: problems in words, the mapping as the form holds it. */
import type { ImportField, ImportReport } from '../../../api/importApi';
import { IMPORT_FIELDS } from '../../../api/importApi';
import type { Dictionary } from '../../../i18n/sv';

export type MappingChoice = Partial<Record<ImportField, string>>;

/** The mapping the server used, as the form's choice (every field, '' for none). */
export function mappingChoice(report: ImportReport): MappingChoice {
  const choice: MappingChoice = {};
  for (const field of IMPORT_FIELDS) choice[field] = report.mapping[field] ?? '';
  return choice;
}

/** `mapping.startedOn` → the key of the problem text (`mapping.required`), other fields as they are. */
function problemKey(field: string, code: string): string {
  return field.startsWith('mapping.') ? `mapping.${code}` : `${field}.${code}`;
}

/** One problem in the UI language, naming the field's label for a mapping problem. */
export function problemText(t: Dictionary, field: string, code: string): string {
  const text = t.historyImport.problems[problemKey(field, code)] ?? t.historyImport.unknownProblem(`${field} ${code}`);
  if (!field.startsWith('mapping.')) return text;
  const name = field.slice('mapping.'.length) as ImportField;
  return `${t.historyImport.fields[name] ?? name}: ${text}`;
}

/** Where a problem is: the spreadsheet's row and column, or the whole file. */
export function problemPlace(t: Dictionary, row: number, column: string | null): { row: string; column: string } {
  return { row: row === 0 ? t.historyImport.wholeFile : String(row), column: column ?? '–' };
}

/** Whether the report allows the import: no problem and something new. */
export function readyToImport(report: ImportReport): boolean {
  return !report.imported && report.problemCount === 0 && report.toImport > 0;
}

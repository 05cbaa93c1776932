/** What the import page shows of a report: problems in words, the mapping as the form holds it. */
import type { ImportField, ImportKind, ImportReport } from '../../api/importApi';
import { IMPORT_FIELDS } from '../../api/importApi';
import type { Dictionary } from '../../i18n/sv';

export type MappingChoice = Partial<Record<ImportField, string>>;

/** The mapping the server used, as the form's choice (every field of the kind, '' for none). */
export function mappingChoice(kind: ImportKind, report: ImportReport): MappingChoice {
  const choice: MappingChoice = {};
  for (const field of IMPORT_FIELDS[kind]) choice[field] = report.mapping[field] ?? '';
  return choice;
}

/** `mapping.startedOn` → the key of the problem text (`mapping.required`), other fields as they are. */
function problemKey(field: string, code: string): string {
  return field.startsWith('mapping.') ? `mapping.${code}` : `${field}.${code}`;
}

/** A field's label in the mapping form (a sheet of insatser or of budgets names some fields its own way). */
export function fieldLabel(t: Dictionary, kind: ImportKind, field: ImportField): string {
  const own = kind === 'insatser' ? t.historyImport.insatser.fields[field] : kind === 'budgets' ? t.historyImport.budgets.fields[field] : undefined;
  return own ?? t.historyImport.fields[field] ?? field;
}

/** One problem in the UI language, naming the field's label for a mapping problem (a sheet of budgets words some its own way). */
export function problemText(t: Dictionary, field: string, code: string, kind: ImportKind = 'participations'): string {
  const key = problemKey(field, code);
  const own = kind === 'budgets' ? t.historyImport.budgets.problems[key] : undefined;
  const text = own ?? t.historyImport.problems[key] ?? t.historyImport.unknownProblem(`${field} ${code}`);
  if (!field.startsWith('mapping.')) return text;
  return `${fieldLabel(t, kind, field.slice('mapping.'.length) as ImportField)}: ${text}`;
}

/** Where a problem is: the spreadsheet's row and column, or the whole file. */
export function problemPlace(t: Dictionary, row: number, column: string | null): { row: string; column: string } {
  return { row: row === 0 ? t.historyImport.wholeFile : String(row), column: column ?? '–' };
}

/** Whether the report allows the import: no problem and something new (for insatser, a new budget year is new too). */
export function readyToImport(report: ImportReport): boolean {
  return !report.imported && report.problemCount === 0 && report.toImport + report.budgetYears > 0;
}

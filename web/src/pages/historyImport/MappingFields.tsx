import { IMPORT_FIELDS, REQUIRED_FIELDS, type ImportKind } from '../../api/importApi';
import { useI18n } from '../../i18n/I18nProvider';
import { SelectField } from '../../ui';
import { fieldLabel, type MappingChoice } from './importView';

interface Props {
  kind: ImportKind;
  header: string[];
  choice: MappingChoice;
  onChange: (choice: MappingChoice) => void;
}

/** One select per import field, offering the file's column headers (the förbund's choice is saved). */
export function MappingFields({ kind, header, choice, onChange }: Props) {
  const { t } = useI18n();
  const ti = t.historyImport;
  return (
    <fieldset className="mapping-grid">
      <legend>{ti.mappingTitle}</legend>
      <p className="fieldset-intro">{ti.mappingIntro}</p>
      {IMPORT_FIELDS[kind].map((field) => (
        <SelectField
          key={field}
          id={`import-mapping-${field}`}
          label={`${fieldLabel(t, kind, field)}${REQUIRED_FIELDS[kind].has(field) ? ` ${ti.required}` : ''}`}
          value={choice[field] ?? ''}
          onChange={(event) => onChange({ ...choice, [field]: event.target.value })}
        >
          <option value="">{ti.noColumn}</option>
          {header.map((column, i) => (
            // A column without a header cannot be named in a mapping: shown, but not chosen.
            <option key={`${column}-${i}`} value={column} disabled={column.trim() === ''}>
              {column.trim() === '' ? `(${i + 1})` : column}
            </option>
          ))}
        </SelectField>
      ))}
    </fieldset>
  );
}

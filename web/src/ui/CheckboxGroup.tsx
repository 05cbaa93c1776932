import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';

interface Option {
  value: string;
  label: string;
}

interface Props {
  /** The id of the first checkbox (error summary links point here); others get `${id}-${value}`. */
  id: string;
  legend: string;
  description?: string | undefined;
  options: Option[];
  checked: readonly string[];
  onChange: (checked: string[]) => void;
  error?: string | undefined;
}

/** A fieldset of checkboxes with a legend, an optional hint and an inline error. */
export function CheckboxGroup({ id, legend, description, options, checked, onChange, error }: Props) {
  const errorId = `${id}-error`;
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...checked, value] : checked.filter((v) => v !== value));
  return (
    <Fieldset aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      {options.map((o, i) => (
        <Checkbox
          key={o.value}
          id={i === 0 ? id : `${id}-${o.value}`}
          label={o.label}
          value={o.value}
          checked={checked.includes(o.value)}
          aria-invalid={error ? true : undefined}
          onChange={(e) => toggle(o.value, e.target.checked)}
        />
      ))}
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

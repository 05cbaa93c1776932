import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';

interface Props {
  /** The id of the first radio button (error summary links point here). */
  id: string;
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** A fieldset of radio buttons with a legend and an inline error. */
export function RadioGroup({ id, name, legend, options, value, onChange, error }: Props) {
  const errorId = `${id}-error`;
  return (
    <Fieldset aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {options.map((o, i) => (
        <Radio
          key={o.value}
          id={i === 0 ? id : `${id}-${o.value}`}
          name={name}
          label={o.label}
          value={o.value}
          checked={value === o.value}
          aria-invalid={error ? true : undefined}
          onChange={() => onChange(o.value)}
        />
      ))}
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

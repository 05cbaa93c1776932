import { Field, Label, ValidationMessage } from '@digdir/designsystemet-react';
import type { InputHTMLAttributes } from 'react';
import { fieldIds } from './fieldIds';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'aria-invalid' | 'aria-describedby'> {
  id: string;
  label: string;
  description?: string;
  /** Translated error text; sets aria-invalid and aria-describedby. */
  error?: string | undefined;
}

/** A labelled native file input (the browser's own button and file name), with a hint and an inline error. */
export function FileField({ id, label, description, error, ...rest }: Props) {
  const { descriptionId, errorId, describedBy } = fieldIds(id, description, error);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description id={descriptionId}>{description}</Field.Description> : null}
      <input type="file" id={id} className="file-input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </Field>
  );
}

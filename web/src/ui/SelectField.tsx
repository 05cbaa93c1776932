import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode, SelectHTMLAttributes } from 'react';
import { fieldIds } from './fieldIds';

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'size' | 'multiple' | 'id'> {
  id: string;
  label: string;
  description?: string;
  /** Translated error text; sets aria-invalid and aria-describedby. */
  error?: string | undefined;
  children: ReactNode;
}

/** A labelled native select. */
export function SelectField({ id, label, description, error, children, ...rest }: Props) {
  const { descriptionId, errorId, describedBy } = fieldIds(id, description, error);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description id={descriptionId}>{description}</Field.Description> : null}
      <Select
        id={id}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        width="auto"
        {...rest}
      >
        {children}
      </Select>
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </Field>
  );
}

import { Field, Label, Select } from '@digdir/designsystemet-react';
import type { ReactNode, SelectHTMLAttributes } from 'react';

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'size' | 'multiple' | 'id'> {
  id: string;
  label: string;
  description?: string;
  children: ReactNode;
}

/** A labelled native select. */
export function SelectField({ id, label, description, children, ...rest }: Props) {
  const descriptionId = `${id}-description`;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description id={descriptionId}>{description}</Field.Description> : null}
      <Select id={id} aria-describedby={description ? descriptionId : undefined} width="auto" {...rest}>
        {children}
      </Select>
    </Field>
  );
}

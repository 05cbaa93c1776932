import { Field, Label, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import type { TextareaHTMLAttributes } from 'react';
import { fieldIds } from './fieldIds';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'aria-invalid' | 'aria-describedby'> & {
  id: string;
  label: string;
  error?: string | undefined;
  description?: string | undefined;
};

/** Label, textarea and inline error, wired like TextField (error id `${id}-error`). */
export function TextAreaField({ id, label, error, description, rows = 3, ...rest }: Props) {
  const { descriptionId, errorId, describedBy } = fieldIds(id, description, error);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description id={descriptionId}>{description}</Field.Description> : null}
      <Textarea id={id} rows={rows} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </Field>
  );
}

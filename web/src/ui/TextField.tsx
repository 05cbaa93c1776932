import { Field, Input, Label, ValidationMessage, type InputProps } from '@digdir/designsystemet-react';
import { forwardRef } from 'react';
import { fieldIds } from './fieldIds';

type Props = Omit<InputProps, 'id' | 'aria-invalid' | 'aria-describedby'> & {
  id: string;
  label: string;
  /** Translated error text; sets aria-invalid and aria-describedby. */
  error?: string | undefined;
  /** A hint under the label (id `${id}-description`). */
  description?: string | undefined;
};

/** Label, input and inline error, wired with explicit ids (the error id is `${id}-error`). */
export const TextField = forwardRef<HTMLInputElement, Props>(function TextField(
  { id, label, error, description, ...rest },
  ref,
) {
  const { descriptionId, errorId, describedBy } = fieldIds(id, description, error);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description id={descriptionId}>{description}</Field.Description> : null}
      <Input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      />
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </Field>
  );
});

import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { ApiError, UNKNOWN_ERROR } from '../api';
import { useI18n } from '../i18n/I18nProvider';
import type { FieldError } from '../api/types';
import { ErrorSummaryBox } from '../ui';
import { describeErrors, problemText, type FieldTarget } from './fieldErrors';

type Input = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface FieldProps {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<Input>) => void;
}

interface Failure {
  errors: FieldError[];
  code: string | null;
  attempt: number;
}

export interface FormErrors {
  /** The error summary (focused after every failed submit), or null. */
  summary: ReactNode;
  /** The inline error text for the input with this id. */
  inline: (id: string) => string | undefined;
  /** The props that wire a TextField, SelectField or TextAreaField to its state and its inline error. */
  field: <T extends string>(id: string, value: T, set: (value: T) => void) => FieldProps;
  busy: boolean;
  /** Validates on the client, then sends; turns a failure into the summary and inline errors. */
  submit: (clientErrors: FieldError[], send: () => Promise<void>) => Promise<void>;
  clear: () => void;
}

/**
 * Form error state for the money pages: client and server (422) field errors, problems such as
 * 409 version_conflict (then `onConflict` reloads the data), the summary with focus.
 */
export function useFormErrors(
  target: (field: string) => FieldTarget | null,
  fallbackId: string,
  onConflict?: () => void,
): FormErrors {
  const { t } = useI18n();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (failure) summaryRef.current?.focus();
  }, [failure]);

  const fail = (errors: FieldError[], code: string | null) =>
    setFailure((previous) => ({ errors, code, attempt: (previous?.attempt ?? 0) + 1 }));

  const described = failure ? describeErrors(t, failure.errors, target, fallbackId) : [];
  const items = described.map((d) => ({ fieldId: d.id, message: d.message }));
  if (failure?.code) items.push({ fieldId: fallbackId, message: problemText(t, failure.code) });

  const submit = async (clientErrors: FieldError[], send: () => Promise<void>) => {
    if (busy) return;
    if (clientErrors.length > 0) return fail(clientErrors, null);
    setBusy(true);
    try {
      await send();
      setFailure(null);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && error.fieldErrors.length > 0) {
        fail(error.fieldErrors, null);
      } else {
        const code = error instanceof ApiError ? error.code : UNKNOWN_ERROR;
        fail([], code);
        if (code === 'version_conflict') onConflict?.();
      }
    } finally {
      setBusy(false);
    }
  };

  const inline = (id: string) => {
    const messages = described.filter((d) => d.id === id && target(d.field) !== null).map((d) => d.message);
    return messages.length > 0 ? messages.join(' ') : undefined;
  };

  return {
    summary: failure ? <ErrorSummaryBox ref={summaryRef} heading={t.money.errorHeading} items={items} /> : null,
    inline,
    // A select's value is one of its options' values, so it has the select's type.
    field: (id, value, set) => ({ id, value, error: inline(id), onChange: (event) => set(event.target.value as typeof value) }),
    busy,
    submit,
    clear: () => setFailure(null),
  };
}

import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { RETURN_REASONS } from '../../../api/participantsTypes';
import { Paragraph, SelectField, TextAreaField } from '../../../ui';
import { REASON_MAX_LENGTH } from '../person/correctionForm';
import { useFormErrors } from '../../../forms/useFormErrors';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormDialog } from '../../../forms/FormSection';
import { CodeOptions } from '../../../forms/NamedOptions';

interface Props {
  name: string;
  /** `explanation`: only with "Annat skäl" (empty otherwise). */
  onSend: (reason: string, explanation: string) => Promise<void>;
  onClose: () => void;
  onConflict: () => void;
}

/** "Skicka tillbaka" with the reason the remittent will see; "Annat skäl" is explained in a few words. */
export function ReturnDialog({ name, onSend, onClose, onConflict }: Props) {
  const { t } = useI18n();
  const tq = t.queue;
  const [reason, setReason] = useState('');
  const [explanation, setExplanation] = useState('');
  const other = reason === 'other';
  const targets: Record<string, { id: string; noun: string }> = {
    reason: { id: 'return-reason', noun: tq.returnReasonNoun },
    explanation: { id: 'return-explanation', noun: tq.returnExplanationNoun },
  };
  const form = useFormErrors((f) => targets[f] ?? null, 'return-reason', onConflict);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = other ? explanation.trim() : '';
    const errors = [
      ...(reason === '' ? [{ field: 'reason', code: 'required' }] : []),
      ...(other && text === '' ? [{ field: 'explanation', code: 'required' }] : []),
      ...(text.length > REASON_MAX_LENGTH ? [{ field: 'explanation', code: 'too_long' }] : []),
    ];
    void form.submit(errors, () => onSend(reason, text));
  };
  return (
    <FormDialog id="return-title" title={tq.returnTitle(name)} onClose={onClose} summary={form.summary} onSubmit={onSubmit}>
      <Paragraph>{tq.returnText}</Paragraph>
      <SelectField label={tq.returnReason} {...form.field('return-reason', reason, setReason)}>
        <option value="">{t.referrals.choose}</option>
        <CodeOptions codes={RETURN_REASONS} name={(r) => t.referrals.returnReasons[r]} />
      </SelectField>
      {other ? (
        <TextAreaField
          id="return-explanation"
          label={tq.returnExplanation}
          description={tq.returnExplanationHint(REASON_MAX_LENGTH)}
          value={explanation}
          maxLength={REASON_MAX_LENGTH}
          error={form.inline('return-explanation')}
          onChange={(e) => setExplanation(e.target.value)}
        />
      ) : null}
      <SubmitButtons busy={form.busy} label={tq.confirmReturn} cancel={{ label: t.common.cancel, onClick: onClose }} />
    </FormDialog>
  );
}

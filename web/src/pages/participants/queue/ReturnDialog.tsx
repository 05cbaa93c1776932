import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { RETURN_REASONS } from '../../../api/participantsTypes';
import { Paragraph, SelectField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormDialog } from '../../../forms/FormSection';
import { CodeOptions } from '../../../forms/NamedOptions';

interface Props {
  name: string;
  onSend: (reason: string) => Promise<void>;
  onClose: () => void;
  onConflict: () => void;
}

/** "Skicka tillbaka" with the reason the remittent will see. */
export function ReturnDialog({ name, onSend, onClose, onConflict }: Props) {
  const { t } = useI18n();
  const tq = t.queue;
  const [reason, setReason] = useState('');
  const form = useFormErrors((f) => (f === 'reason' ? { id: 'return-reason', noun: tq.returnReasonNoun } : null), 'return-reason', onConflict);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(reason === '' ? [{ field: 'reason', code: 'required' }] : [], () => onSend(reason));
  };
  return (
    <FormDialog id="return-title" title={tq.returnTitle(name)} onClose={onClose} summary={form.summary} onSubmit={onSubmit}>
      <Paragraph>{tq.returnText}</Paragraph>
      <SelectField label={tq.returnReason} {...form.field('return-reason', reason, setReason)}>
        <option value="">{t.referrals.choose}</option>
        <CodeOptions codes={RETURN_REASONS} name={(r) => t.referrals.returnReasons[r]} />
      </SelectField>
      <SubmitButtons busy={form.busy} label={tq.confirmReturn} cancel={{ label: t.common.cancel, onClick: onClose }} />
    </FormDialog>
  );
}

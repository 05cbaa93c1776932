import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { RETURN_REASONS } from '../../../participantsTypes';
import { Button, Dialog, Heading, Paragraph, SelectField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';

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
    <Dialog open onClose={onClose} aria-labelledby="return-title" className="form-dialog">
      <Heading level={2} data-size="sm" id="return-title">
        {tq.returnTitle(name)}
      </Heading>
      <form className="form" noValidate onSubmit={onSubmit}>
        {form.summary}
        <Paragraph>{tq.returnText}</Paragraph>
        <SelectField id="return-reason" label={tq.returnReason} value={reason} error={form.inline('return-reason')} onChange={(e) => setReason(e.target.value)}>
          <option value="">{t.referrals.choose}</option>
          {RETURN_REASONS.map((r) => (
            <option key={r} value={r}>
              {t.referrals.returnReasons[r]}
            </option>
          ))}
        </SelectField>
        <div className="form-buttons">
          <Button type="submit" aria-disabled={form.busy || undefined}>
            {tq.confirmReturn}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t.common.cancel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

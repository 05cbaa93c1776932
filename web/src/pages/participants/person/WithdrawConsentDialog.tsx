import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import type { Consent } from '../../../api/participantsTypes';
import { Alert, Paragraph, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { Checker } from '../../../forms/validate';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormDialog } from '../../../forms/FormSection';

interface Props {
  associationId: number;
  consent: Consent;
  /** No follow-up consent is left afterwards: say that the participation becomes anonymous. */
  anonymises: boolean;
  onDone: () => void;
  onClose: () => void;
}

/** Confirms a withdrawal and says what it means: without follow-up consent the participation becomes anonymous. */
export function WithdrawConsentDialog({ associationId, consent, anonymises, onDone, onClose }: Props) {
  const { t } = useI18n();
  const tp = t.person;
  const [withdrawnOn, setWithdrawnOn] = useState(formatDate(new Date()));
  const form = useFormErrors((f) => (f === 'withdrawnOn' ? { id: 'withdraw-on', noun: tp.withdrawnOnNoun } : null), 'withdraw-on');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(new Checker().date('withdrawnOn', withdrawnOn).errors, async () => {
      await participantsApi.withdrawConsent(associationId, consent.participationId, consent.id, withdrawnOn.trim());
      onDone();
    });
  };
  return (
    <FormDialog id="withdraw-title" title={<>{tp.withdrawTitle}: {tp.purposes[consent.purpose]}</>} onClose={onClose} summary={form.summary} onSubmit={onSubmit}>
      {anonymises ? (
        <Alert data-color="warning">
          <Paragraph>{tp.withdrawText}</Paragraph>
        </Alert>
      ) : null}
      <TextField label={tp.withdrawnOnLabel} description={t.money.dateHint} {...form.field('withdraw-on', withdrawnOn, setWithdrawnOn)} />
      <SubmitButtons busy={form.busy} label={tp.confirmWithdraw} cancel={{ label: t.common.cancel, onClick: onClose }} color="danger" />
    </FormDialog>
  );
}

import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../participantsApi';
import type { Consent } from '../../../participantsTypes';
import { Alert, Button, Dialog, Heading, Paragraph, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { Checker } from '../../../forms/validate';

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
    <Dialog open onClose={onClose} aria-labelledby="withdraw-title" className="form-dialog">
      <Heading level={2} data-size="sm" id="withdraw-title">
        {tp.withdrawTitle}: {tp.purposes[consent.purpose]}
      </Heading>
      <form className="form" noValidate onSubmit={onSubmit}>
        {form.summary}
        {anonymises ? (
          <Alert data-color="warning">
            <Paragraph>{tp.withdrawText}</Paragraph>
          </Alert>
        ) : null}
        <TextField id="withdraw-on" label={tp.withdrawnOnLabel} description={t.money.dateHint} value={withdrawnOn} error={form.inline('withdraw-on')} onChange={(e) => setWithdrawnOn(e.target.value)} />
        <div className="form-buttons">
          <Button type="submit" data-color="danger" aria-disabled={form.busy || undefined}>
            {tp.confirmWithdraw}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t.common.cancel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

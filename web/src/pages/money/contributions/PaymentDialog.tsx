import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Contribution, PaymentStatus } from '../../../moneyTypes';
import { Button, Dialog, Heading, SelectField, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { checkPayment, PAYMENT_STATUSES } from './payment';

interface Props {
  associationId: number;
  year: number;
  contribution: Contribution;
  onClose: () => void;
  onDone: (text: string) => void;
  onConflict: () => void;
}

/** Sets a member's payment status for the year (ej fakturerad / fakturerad / betald with dates). */
export function PaymentDialog({ associationId, year, contribution, onClose, onDone, onConflict }: Props) {
  const { t } = useI18n();
  const tp = t.contributions.paymentForm;
  const payment = contribution.payment;
  const [status, setStatus] = useState<PaymentStatus>(payment.status);
  const [invoicedOn, setInvoicedOn] = useState(payment.invoicedOn ?? '');
  const [paidOn, setPaidOn] = useState(payment.paidOn ?? '');

  const targets: Record<string, { id: string; noun: string }> = {
    status: { id: 'payment-status', noun: tp.statusNoun },
    invoicedOn: { id: 'payment-invoicedOn', noun: tp.invoicedOnNoun },
    paidOn: { id: 'payment-paidOn', noun: tp.paidOnNoun },
  };
  const form = useFormErrors((f) => targets[f] ?? null, 'payment-status', onConflict);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkPayment(status, invoicedOn, paidOn, payment.version);
    void form.submit(errors, async () => {
      await api.putPayment(associationId, year, contribution.memberId, body);
      onDone(tp.done(contribution.name));
    });
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="payment-title" className="form-dialog">
      <Heading level={2} data-size="sm" id="payment-title">
        {tp.title(contribution.name)}
      </Heading>
      <form className="form" noValidate onSubmit={onSubmit}>
        {form.summary}
        <SelectField
          id="payment-status"
          label={tp.status}
          value={status}
          error={form.inline('payment-status')}
          onChange={(e) => setStatus(e.target.value as PaymentStatus)}
        >
          {PAYMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.contributions.paymentStatus[s]}
            </option>
          ))}
        </SelectField>
        <TextField
          id="payment-invoicedOn"
          label={tp.invoicedOn}
          description={tp.datesHint}
          value={invoicedOn}
          error={form.inline('payment-invoicedOn')}
          onChange={(e) => setInvoicedOn(e.target.value)}
        />
        <TextField
          id="payment-paidOn"
          label={tp.paidOn}
          description={t.money.dateHint}
          value={paidOn}
          error={form.inline('payment-paidOn')}
          onChange={(e) => setPaidOn(e.target.value)}
        />
        <div className="form-buttons">
          <Button type="submit" aria-disabled={form.busy || undefined}>
            {form.busy ? t.money.saving : t.money.save}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t.money.cancel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Contribution, PaymentStatus } from '../../../api/moneyTypes';
import { SelectField, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { checkPayment, PAYMENT_STATUSES } from './payment';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormDialog } from '../../../forms/FormSection';
import { CodeOptions } from '../../../forms/NamedOptions';

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
    <FormDialog id="payment-title" title={tp.title(contribution.name)} onClose={onClose} summary={form.summary} onSubmit={onSubmit}>
      <SelectField label={tp.status} {...form.field('payment-status', status, setStatus)}>
        <CodeOptions codes={PAYMENT_STATUSES} name={(s) => t.contributions.paymentStatus[s]} />
      </SelectField>
      <TextField label={tp.invoicedOn} description={tp.datesHint} {...form.field('payment-invoicedOn', invoicedOn, setInvoicedOn)} />
      <TextField label={tp.paidOn} description={t.money.dateHint} {...form.field('payment-paidOn', paidOn, setPaidOn)} />
      <SubmitButtons busy={form.busy} label={t.money.save} busyLabel={t.money.saving} cancel={{ label: t.money.cancel, onClick: onClose }} />
    </FormDialog>
  );
}

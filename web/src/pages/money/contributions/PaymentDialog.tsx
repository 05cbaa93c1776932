import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Contribution } from '../../../api/moneyTypes';
import { formatMoney } from '../../../format';
import { SelectField, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { checkPayment, paymentText, PAYMENT_STATUSES, type PaymentText } from './payment';
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
  const [text, setText] = useState<PaymentText>(() => paymentText(payment));
  const set = <K extends keyof PaymentText>(key: K) => (value: PaymentText[K]) => setText((prev) => ({ ...prev, [key]: value }));

  const targets: Record<string, { id: string; noun: string }> = {
    status: { id: 'payment-status', noun: tp.statusNoun },
    invoicedOn: { id: 'payment-invoicedOn', noun: tp.invoicedOnNoun },
    dueOn: { id: 'payment-dueOn', noun: tp.dueOnNoun },
    paidOre: { id: 'payment-paid', noun: tp.paidNoun },
    paidOn: { id: 'payment-paidOn', noun: tp.paidOnNoun },
  };
  const form = useFormErrors((f) => targets[f] ?? null, 'payment-status', onConflict);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkPayment(text, contribution.amountOre, payment.version);
    void form.submit(errors, async () => {
      await api.putPayment(associationId, year, contribution.memberId, body);
      onDone(tp.done(contribution.name));
    });
  };

  return (
    <FormDialog id="payment-title" title={tp.title(contribution.name)} onClose={onClose} summary={form.summary} onSubmit={onSubmit}>
      <SelectField label={tp.status} {...form.field('payment-status', text.status, set('status'))}>
        <CodeOptions codes={PAYMENT_STATUSES} name={(s) => t.contributions.paymentStatus[s]} />
      </SelectField>
      <TextField label={tp.invoicedOn} description={tp.datesHint} {...form.field('payment-invoicedOn', text.invoicedOn, set('invoicedOn'))} />
      {text.status !== 'due' ? (
        <TextField label={tp.dueOn} description={tp.dueOnHint} {...form.field('payment-dueOn', text.dueOn, set('dueOn'))} />
      ) : null}
      {text.status === 'invoiced' ? (
        <TextField label={tp.paid} description={tp.paidHint(formatMoney(contribution.amountOre, 'kr', 2))} inputMode="decimal" {...form.field('payment-paid', text.paid, set('paid'))} />
      ) : null}
      <TextField label={text.status === 'invoiced' ? tp.lastPaidOn : tp.paidOn} description={t.money.dateHint} {...form.field('payment-paidOn', text.paidOn, set('paidOn'))} />
      <SubmitButtons busy={form.busy} label={t.money.save} busyLabel={t.money.saving} cancel={{ label: t.money.cancel, onClick: onClose }} />
    </FormDialog>
  );
}

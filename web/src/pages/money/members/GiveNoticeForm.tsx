import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Member } from '../../../api/types';
import { TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { Checker } from '../../../forms/validate';
import { SubmitButtons } from '../../../forms/SubmitButtons';

interface Props {
  member: Member;
  onCancel: () => void;
  onDone: (text: string) => void;
  onConflict: () => void;
}

export function GiveNoticeForm({ member, onCancel, onDone, onConflict }: Props) {
  const { t } = useI18n();
  const tf = t.members.noticeForm;
  const [givenOn, setGivenOn] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const [reference, setReference] = useState('');

  const targets: Record<string, { id: string; noun: string }> = {
    givenOn: { id: 'notice-givenOn', noun: tf.givenOnNoun },
    decidedBy: { id: 'notice-decidedBy', noun: tf.decidedByNoun },
    reference: { id: 'notice-reference', noun: tf.referenceNoun },
  };
  const form = useFormErrors((f) => targets[f] ?? null, 'notice-givenOn', onConflict);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const c = new Checker().date('givenOn', givenOn).text('decidedBy', decidedBy);
    const body = { givenOn: givenOn.trim(), decidedBy: decidedBy.trim(), reference: reference.trim(), version: member.version ?? 0 };
    void form.submit(c.errors, async () => {
      await api.giveNotice(member.id, body);
      onDone(tf.done(member.name));
    });
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {form.summary}
      <TextField label={tf.givenOn} description={t.money.dateHint} autoComplete="off" {...form.field('notice-givenOn', givenOn, setGivenOn)} />
      <TextField label={tf.decidedBy} description={tf.decidedByHint} {...form.field('notice-decidedBy', decidedBy, setDecidedBy)} />
      <TextField label={tf.reference} {...form.field('notice-reference', reference, setReference)} />
      <SubmitButtons busy={form.busy} label={tf.submit} busyLabel={t.money.saving} cancel={{ label: t.money.cancel, onClick: onCancel }} />
    </form>
  );
}

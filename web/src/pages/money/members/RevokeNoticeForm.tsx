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

export function RevokeNoticeForm({ member, onCancel, onDone, onConflict }: Props) {
  const { t } = useI18n();
  const tf = t.members.revokeForm;
  const [revokedOn, setRevokedOn] = useState('');
  const [reference, setReference] = useState('');

  const targets: Record<string, { id: string; noun: string }> = {
    revokedOn: { id: 'revoke-revokedOn', noun: tf.revokedOnNoun },
    reference: { id: 'revoke-reference', noun: tf.referenceNoun },
  };
  const form = useFormErrors((f) => targets[f] ?? null, 'revoke-revokedOn', onConflict);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const c = new Checker().date('revokedOn', revokedOn);
    const body = { revokedOn: revokedOn.trim(), reference: reference.trim(), version: member.version ?? 0 };
    void form.submit(c.errors, async () => {
      await api.revokeNotice(member.id, body);
      onDone(tf.done(member.name));
    });
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {form.summary}
      <TextField label={tf.revokedOn} description={t.money.dateHint} autoComplete="off" {...form.field('revoke-revokedOn', revokedOn, setRevokedOn)} />
      <TextField label={tf.reference} {...form.field('revoke-reference', reference, setReference)} />
      <SubmitButtons busy={form.busy} label={tf.submit} busyLabel={t.money.saving} cancel={{ label: t.money.cancel, onClick: onCancel }} />
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import { CONSENT_PURPOSES, type ConsentPurpose, type NewConsent } from '../../../api/participantsTypes';
import type { Member } from '../../../api/types';
import { SelectField, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { Checker } from '../../../forms/validate';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormDialog } from '../../../forms/FormSection';
import { CodeOptions, NamedOptions } from '../../../forms/NamedOptions';

interface Props {
  associationId: number;
  participationId: number;
  members: Member[];
  onDone: () => void;
  onClose: () => void;
}

/** Records a written consent: follow-up, or information exchange with a named party. */
export function ConsentDialog({ associationId, participationId, members, onDone, onClose }: Props) {
  const { t } = useI18n();
  const tp = t.person;
  const [purpose, setPurpose] = useState<ConsentPurpose>('follow_up');
  const [party, setParty] = useState('');
  const [givenOn, setGivenOn] = useState(formatDate(new Date()));
  const [formReference, setFormReference] = useState('');
  const targets: Record<string, { id: string; noun: string }> = {
    partyMemberId: { id: 'consent-party', noun: tp.partyNoun },
    givenOn: { id: 'consent-givenOn', noun: tp.givenOnNoun },
    formReference: { id: 'consent-formReference', noun: tp.formReferenceNoun },
  };
  const form = useFormErrors((f) => targets[f] ?? null, 'consent-purpose');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const c = new Checker().date('givenOn', givenOn).text('formReference', formReference);
    if (purpose === 'information_exchange' && party === '') c.add('partyMemberId', 'required');
    const body: NewConsent = { purpose, givenOn: givenOn.trim(), formReference: formReference.trim() };
    if (purpose === 'information_exchange') body.partyMemberId = Number(party);
    void form.submit(c.errors, async () => {
      await participantsApi.addConsent(associationId, participationId, body);
      onDone();
    });
  };

  return (
    <FormDialog id="consent-title" title={tp.consentTitle} onClose={onClose} summary={form.summary} onSubmit={onSubmit}>
      <SelectField id="consent-purpose" label={tp.purpose} value={purpose} onChange={(e) => setPurpose(e.target.value as ConsentPurpose)}>
        <CodeOptions codes={CONSENT_PURPOSES} name={(p) => tp.purposes[p]} />
      </SelectField>
      {purpose === 'information_exchange' ? (
        <SelectField label={tp.partyLabel} {...form.field('consent-party', party, setParty)}>
          <option value="">{t.plan.choose}</option>
          <NamedOptions items={members} />
        </SelectField>
      ) : null}
      <TextField label={tp.givenOnLabel} description={t.money.dateHint} {...form.field('consent-givenOn', givenOn, setGivenOn)} />
      <TextField label={tp.formReferenceLabel} {...form.field('consent-formReference', formReference, setFormReference)} />
      <SubmitButtons busy={form.busy} label={tp.addConsent} cancel={{ label: t.common.cancel, onClick: onClose }} />
    </FormDialog>
  );
}

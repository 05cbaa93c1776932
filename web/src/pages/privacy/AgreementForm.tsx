import { useState, type FormEvent } from 'react';
import { api } from '../../api';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n/I18nProvider';
import type { Member } from '../../api/types';
import { SelectField, TextField } from '../../ui';
import { useFormErrors } from '../../forms/useFormErrors';
import { checkAgreement } from './agreementForm';
import { SubmitButtons } from '../../forms/SubmitButtons';
import { FormSection } from '../../forms/FormSection';
import { NamedOptions } from '../../forms/NamedOptions';

interface Props {
  associationId: number;
  members: Member[];
  onSaved: (memberName: string) => void;
}

/** Records a signed processing agreement with one of the förbund's members. */
export function AgreementForm({ associationId, members, onSaved }: Props) {
  const { t } = useI18n();
  const ta = t.agreements;
  const [memberId, setMemberId] = useState('');
  const [signedOn, setSignedOn] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [documentReference, setDocumentReference] = useState('');

  const targets: Record<string, { id: string; noun: string }> = {
    memberId: { id: 'agreement-member', noun: ta.formMemberNoun },
    signedOn: { id: 'agreement-signedOn', noun: ta.formSignedOnNoun },
    validFrom: { id: 'agreement-validFrom', noun: ta.formValidFromNoun },
    validTo: { id: 'agreement-validTo', noun: ta.formValidToNoun },
    documentReference: { id: 'agreement-reference', noun: ta.formReferenceNoun },
  };
  const form = useFormErrors((f) => targets[f] ?? null, 'agreement-member');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkAgreement({ memberId, signedOn, validFrom, validTo, documentReference }, formatDate(new Date()));
    void form.submit(errors, async () => {
      const saved = await api.addAgreement(associationId, body);
      setMemberId('');
      setSignedOn('');
      setValidFrom('');
      setValidTo('');
      setDocumentReference('');
      onSaved(saved.memberName);
    });
  };

  return (
    <FormSection id="agreement-form-title" title={ta.formTitle} formClass="narrow" summary={form.summary} onSubmit={onSubmit}>
      <SelectField label={ta.formMember} {...form.field('agreement-member', memberId, setMemberId)}>
        <option value="">{ta.choose}</option>
        <NamedOptions items={members} />
      </SelectField>
      <TextField label={ta.formSignedOn} description={t.money.dateHint} {...form.field('agreement-signedOn', signedOn, setSignedOn)} />
      <TextField label={ta.formValidFrom} description={t.money.dateHint} {...form.field('agreement-validFrom', validFrom, setValidFrom)} />
      <TextField label={ta.formValidTo} description={`${ta.formValidToHint} ${t.money.dateHint}`} {...form.field('agreement-validTo', validTo, setValidTo)} />
      <TextField label={ta.formReference} {...form.field('agreement-reference', documentReference, setDocumentReference)} />
      <SubmitButtons busy={form.busy} label={ta.submit} busyLabel={t.money.saving} />
    </FormSection>
  );
}

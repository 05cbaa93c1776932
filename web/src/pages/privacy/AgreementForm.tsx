import { useState, type FormEvent } from 'react';
import { api } from '../../api';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n/I18nProvider';
import type { Member } from '../../types';
import { Button, Heading, SelectField, TextField } from '../../ui';
import { useFormErrors } from '../../forms/useFormErrors';
import { checkAgreement } from './agreementForm';

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
    <section aria-labelledby="agreement-form-title" className="form-section">
      <Heading level={2} data-size="md" id="agreement-form-title">
        {ta.formTitle}
      </Heading>
      <form className="form narrow" noValidate onSubmit={onSubmit}>
        {form.summary}
        <SelectField id="agreement-member" label={ta.formMember} value={memberId} error={form.inline('agreement-member')} onChange={(e) => setMemberId(e.target.value)}>
          <option value="">{ta.choose}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <TextField id="agreement-signedOn" label={ta.formSignedOn} description={t.money.dateHint} value={signedOn} error={form.inline('agreement-signedOn')} onChange={(e) => setSignedOn(e.target.value)} />
        <TextField id="agreement-validFrom" label={ta.formValidFrom} description={t.money.dateHint} value={validFrom} error={form.inline('agreement-validFrom')} onChange={(e) => setValidFrom(e.target.value)} />
        <TextField id="agreement-validTo" label={ta.formValidTo} description={`${ta.formValidToHint} ${t.money.dateHint}`} value={validTo} error={form.inline('agreement-validTo')} onChange={(e) => setValidTo(e.target.value)} />
        <TextField id="agreement-reference" label={ta.formReference} value={documentReference} error={form.inline('agreement-reference')} onChange={(e) => setDocumentReference(e.target.value)} />
        <div>
          <Button type="submit" aria-disabled={form.busy || undefined}>
            {form.busy ? t.money.saving : ta.submit}
          </Button>
        </div>
      </form>
    </section>
  );
}

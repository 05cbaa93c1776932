import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import type { PartyKind } from '../../../api/types';
import { SelectField, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { checkNewMember } from './memberForms';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormSection } from '../../../forms/FormSection';
import { CodeOptions } from '../../../forms/NamedOptions';

const KINDS: PartyKind[] = ['kommun', 'region', 'fk', 'af'];

interface Props {
  associationId: number;
  onAdded: (name: string) => void;
}

export function AddMemberForm({ associationId, onAdded }: Props) {
  const { t } = useI18n();
  const ta = t.members.add;
  const [name, setName] = useState('');
  const [partyKind, setPartyKind] = useState<PartyKind>('kommun');
  const [code, setCode] = useState('');
  const [joinedOn, setJoinedOn] = useState('');

  const targets: Record<string, { id: string; noun: string }> = {
    name: { id: 'member-name', noun: ta.nameNoun },
    partyKind: { id: 'member-partyKind', noun: ta.partyKindNoun },
    code: { id: 'member-code', noun: ta.codeNoun },
    joinedOn: { id: 'member-joinedOn', noun: ta.joinedOnNoun },
  };
  const form = useFormErrors((f) => targets[f] ?? null, 'member-name');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkNewMember({ name, partyKind, code, joinedOn });
    void form.submit(errors, async () => {
      const added = await api.addMember(associationId, body);
      setName('');
      setCode('');
      setJoinedOn('');
      onAdded(added.name);
    });
  };

  return (
    <FormSection id="add-member-title" title={ta.title} formClass="narrow" summary={form.summary} onSubmit={onSubmit}>
      <TextField label={ta.name} {...form.field('member-name', name, setName)} />
      <SelectField label={ta.partyKind} {...form.field('member-partyKind', partyKind, setPartyKind)}>
        <CodeOptions codes={KINDS} name={(k) => t.partyKinds[k]} />
      </SelectField>
      <TextField label={ta.code} description={ta.codeHint} inputMode="numeric" {...form.field('member-code', code, setCode)} />
      <TextField label={ta.joinedOn} description={t.money.dateHint} {...form.field('member-joinedOn', joinedOn, setJoinedOn)} />
      <SubmitButtons busy={form.busy} label={ta.submit} busyLabel={t.money.saving} />
    </FormSection>
  );
}

import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import type { PartyKind } from '../../../types';
import { Button, Heading, SelectField, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { checkNewMember } from './memberForms';

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
    <section aria-labelledby="add-member-title" className="form-section">
      <Heading level={2} data-size="md" id="add-member-title">
        {ta.title}
      </Heading>
      <form className="form narrow" noValidate onSubmit={onSubmit}>
        {form.summary}
        <TextField id="member-name" label={ta.name} value={name} error={form.inline('member-name')} onChange={(e) => setName(e.target.value)} />
        <SelectField
          id="member-partyKind"
          label={ta.partyKind}
          value={partyKind}
          error={form.inline('member-partyKind')}
          onChange={(e) => setPartyKind(e.target.value as PartyKind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t.partyKinds[k]}
            </option>
          ))}
        </SelectField>
        <TextField
          id="member-code"
          label={ta.code}
          description={ta.codeHint}
          inputMode="numeric"
          value={code}
          error={form.inline('member-code')}
          onChange={(e) => setCode(e.target.value)}
        />
        <TextField
          id="member-joinedOn"
          label={ta.joinedOn}
          description={t.money.dateHint}
          value={joinedOn}
          error={form.inline('member-joinedOn')}
          onChange={(e) => setJoinedOn(e.target.value)}
        />
        <div>
          <Button type="submit" aria-disabled={form.busy || undefined}>
            {form.busy ? t.money.saving : ta.submit}
          </Button>
        </div>
      </form>
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import { Button, Heading, Paragraph, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { AssignmentFields, assignmentTargets } from './AssignmentFields';
import type { CreatedUser } from '../../../accessTypes';
import { checkNewUser, type AssignmentInput } from './userForms';

const EMPTY_ASSIGNMENT: AssignmentInput = { role: 'remittent', validFrom: '', validTo: '', organisationMemberId: '' };

interface Props {
  associationId: number;
  /** With the one-time link the new user sets their own password through. */
  onCreated: (user: CreatedUser) => void;
}

export function CreateUserForm({ associationId, onCreated }: Props) {
  const { t } = useI18n();
  const f = t.users.fields;
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [assignment, setAssignment] = useState(EMPTY_ASSIGNMENT);

  const targets: Record<string, { id: string; noun: string }> = {
    username: { id: 'user-username', noun: f.usernameNoun },
    displayName: { id: 'user-displayName', noun: f.displayNameNoun },
    ...assignmentTargets('user', { role: f.roleNoun, validFrom: f.validFromNoun, validTo: f.validToNoun, party: f.partyNoun }),
  };
  const form = useFormErrors((field) => targets[field] ?? null, 'user-username');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkNewUser({ username, displayName, ...assignment });
    void form.submit(errors, async () => {
      const created = await api.createUser(associationId, body);
      setUsername('');
      setDisplayName('');
      setAssignment(EMPTY_ASSIGNMENT);
      onCreated(created);
    });
  };

  return (
    <section aria-labelledby="create-user-title" className="form-section">
      <Heading level={2} data-size="md" id="create-user-title">
        {t.users.create.title}
      </Heading>
      <Paragraph>{t.users.create.intro}</Paragraph>
      <form className="form narrow" noValidate onSubmit={onSubmit}>
        {form.summary}
        <TextField
          id="user-username"
          label={f.username}
          description={f.usernameHint}
          autoComplete="off"
          value={username}
          error={form.inline('user-username')}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          id="user-displayName"
          label={f.displayName}
          value={displayName}
          error={form.inline('user-displayName')}
          onChange={(e) => setDisplayName(e.target.value)}
        />
        <AssignmentFields associationId={associationId} prefix="user" roleLabel={f.firstRole} value={assignment} onChange={setAssignment} inline={form.inline} />
        <div>
          <Button type="submit" aria-disabled={form.busy || undefined}>
            {form.busy ? t.money.saving : t.users.create.submit}
          </Button>
        </div>
      </form>
    </section>
  );
}

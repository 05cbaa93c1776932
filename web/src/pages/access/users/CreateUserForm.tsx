import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import { TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { AssignmentFields, assignmentTargets } from './AssignmentFields';
import type { CreatedUser } from '../../../api/accessTypes';
import { checkNewUser, type AssignmentInput } from './userForms';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormSection } from '../../../forms/FormSection';

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
    <FormSection id="create-user-title" title={t.users.create.title} formClass="narrow" intro={t.users.create.intro} summary={form.summary} onSubmit={onSubmit}>
      <TextField label={f.username} description={f.usernameHint} autoComplete="off" {...form.field('user-username', username, setUsername)} />
      <TextField label={f.displayName} {...form.field('user-displayName', displayName, setDisplayName)} />
      <AssignmentFields associationId={associationId} prefix="user" roleLabel={f.firstRole} value={assignment} onChange={setAssignment} inline={form.inline} />
      <SubmitButtons busy={form.busy} label={t.users.create.submit} busyLabel={t.money.saving} />
    </FormSection>
  );
}

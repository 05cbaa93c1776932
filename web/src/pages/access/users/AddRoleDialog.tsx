import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import type { UserAccount } from '../../../api/accessTypes';
import { useI18n } from '../../../i18n/I18nProvider';
import { roleName } from '../../../session/roleNames';
import { useFormErrors } from '../../../forms/useFormErrors';
import { AssignmentFields, assignmentTargets } from './AssignmentFields';
import { checkAssignment, type AssignmentInput } from './userForms';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormDialog } from '../../../forms/FormSection';

interface Props {
  associationId: number;
  user: UserAccount;
  onClose: () => void;
  onDone: (text: string) => void;
}

/** A modal form that gives a user one more role in the förbund. */
export function AddRoleDialog({ associationId, user, onClose, onDone }: Props) {
  const { t } = useI18n();
  const f = t.users.fields;
  const [value, setValue] = useState<AssignmentInput>({ role: 'remittent', validFrom: '', validTo: '', organisationMemberId: '' });
  const targets = assignmentTargets('assign', { role: f.roleNoun, validFrom: f.validFromNoun, validTo: f.validToNoun, party: f.partyNoun });
  const form = useFormErrors((field) => targets[field as keyof typeof targets] ?? null, 'assign-role');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkAssignment(user.id, value);
    void form.submit(errors, async () => {
      await api.assignRole(associationId, body);
      onDone(t.users.assign.done(roleName(t, body.role), user.displayName));
    });
  };

  return (
    <FormDialog id="assign-title" title={t.users.assign.title(user.displayName)} onClose={onClose} summary={form.summary} onSubmit={onSubmit}>
      <AssignmentFields associationId={associationId} prefix="assign" roleLabel={f.role} value={value} onChange={setValue} inline={form.inline} />
      <SubmitButtons busy={form.busy} label={t.users.assign.submit} busyLabel={t.money.saving} cancel={{ label: t.common.cancel, onClick: onClose }} />
    </FormDialog>
  );
}

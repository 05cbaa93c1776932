import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import type { UserAccount } from '../../../accessTypes';
import { useI18n } from '../../../i18n/I18nProvider';
import { roleName } from '../../../session/roleNames';
import { Button, Dialog, Heading } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { AssignmentFields, assignmentTargets } from './AssignmentFields';
import { checkAssignment, type AssignmentInput } from './userForms';

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
    <Dialog open onClose={onClose} aria-labelledby="assign-title" className="form-dialog">
      <Heading level={2} data-size="sm" id="assign-title">
        {t.users.assign.title(user.displayName)}
      </Heading>
      <form className="form" noValidate onSubmit={onSubmit}>
        {form.summary}
        <AssignmentFields associationId={associationId} prefix="assign" roleLabel={f.role} value={value} onChange={setValue} inline={form.inline} />
        <div className="form-buttons">
          <Button type="submit" aria-disabled={form.busy || undefined}>
            {form.busy ? t.money.saving : t.users.assign.submit}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t.common.cancel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

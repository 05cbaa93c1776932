import { api } from '../../../api';
import { CONFIRMED_ROLES, ROLES } from '../../../api/accessTypes';
import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import { SelectField, TextField } from '../../../ui';
import type { AssignmentInput } from './userForms';
import { CodeOptions, NamedOptions } from '../../../forms/NamedOptions';

interface Props {
  associationId: number;
  /** Prefix of the input ids: `${prefix}-role`, `-organisationMemberId`, `-validFrom`, `-validTo`. */
  prefix: string;
  roleLabel: string;
  value: AssignmentInput;
  onChange: (value: AssignmentInput) => void;
  inline: (id: string) => string | undefined;
}

/** A role, the party it is for and its validity dates: shared by "create a user" and "add a role". */
export function AssignmentFields({ associationId, prefix, roleLabel, value, onChange, inline }: Props) {
  const { t } = useI18n();
  const f = t.users.fields;
  const members = useApiData((signal) => api.members(associationId, signal), associationId);
  const set = (key: keyof AssignmentInput) => (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value });
  return (
    <>
      <SelectField id={`${prefix}-role`} label={roleLabel} value={value.role} error={inline(`${prefix}-role`)} onChange={set('role')}>
        <CodeOptions codes={ROLES} name={(r) => t.roles[r]} />
      </SelectField>
      <SelectField
        id={`${prefix}-organisationMemberId`}
        label={f.party}
        description={CONFIRMED_ROLES.has(value.role) ? f.partyConfirmedHint : f.partyHint}
        value={value.organisationMemberId}
        error={inline(`${prefix}-organisationMemberId`)}
        onChange={set('organisationMemberId')}
      >
        <option value="">{f.noParty}</option>
        <NamedOptions items={members.status === 'ok' ? members.data.items : []} />
      </SelectField>
      <TextField
        id={`${prefix}-validFrom`}
        label={f.validFrom}
        description={f.validFromHint}
        value={value.validFrom}
        error={inline(`${prefix}-validFrom`)}
        onChange={set('validFrom')}
      />
      <TextField
        id={`${prefix}-validTo`}
        label={f.validTo}
        description={f.validToHint}
        value={value.validTo}
        error={inline(`${prefix}-validTo`)}
        onChange={set('validTo')}
      />
    </>
  );
}

/** Where the server's role/date errors are shown for the fields of `prefix`. */
export function assignmentTargets(prefix: string, nouns: { role: string; validFrom: string; validTo: string; party: string }) {
  return {
    role: { id: `${prefix}-role`, noun: nouns.role },
    organisationMemberId: { id: `${prefix}-organisationMemberId`, noun: nouns.party },
    validFrom: { id: `${prefix}-validFrom`, noun: nouns.validFrom },
    validTo: { id: `${prefix}-validTo`, noun: nouns.validTo },
  };
}

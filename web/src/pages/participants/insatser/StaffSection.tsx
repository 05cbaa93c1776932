import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../../api';
import { participantsApi } from '../../../api/participants';
import type { Insats, InsatsStaff } from '../../../api/participantsTypes';
import { formatDate } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import { roleName } from '../../../session/roleNames';
import { Section } from '../../../layout/Section';
import { StatusMessage } from '../../../forms/StatusMessage';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { useFormErrors } from '../../../forms/useFormErrors';
import { CheckboxGroup, Paragraph } from '../../../ui';
import { LoadError } from '../../../ui/LoadError';
import { staffOptions } from './staffView';

interface Props {
  associationId: number;
  insats: Pick<Insats, 'id' | 'name'>;
}

/** Personal (administrator): who works in the insats, chosen among the förbund's deltagaransvariga and insatsansvariga. */
export function StaffSection({ associationId, insats }: Props) {
  const { t } = useI18n();
  const ts = t.catalogue.staff;
  const users = useApiData((s) => api.users(associationId, s), `${associationId}`);
  const loaded = useApiData((s) => participantsApi.staff(associationId, insats.id, s), `${associationId}:${insats.id}`);
  // The list as the last save (or a refused one) left it, else as loaded; its version goes with a replacement.
  const [known, setKnown] = useState<InsatsStaff | null>(null);
  const staff = known ? ({ status: 'ok', data: known } as const) : loaded;
  // What the administrator has ticked, or (until they tick anything) who works there now.
  const [edited, setChecked] = useState<string[] | null>(null);
  const checked = edited ?? (staff.status === 'ok' ? staff.data.userIds.map(String) : null);
  const [status, setStatus] = useState('');
  const form = useFormErrors((f) => (f === 'userIds' ? { id: 'staff-users', noun: ts.noun } : null), 'staff-users');

  const failure = users.status === 'error' ? users.code : staff.status === 'error' ? staff.code : null;
  const options =
    users.status === 'ok' && staff.status === 'ok'
      ? staffOptions(users.data.items, staff.data.userIds, associationId, formatDate(new Date()), (r) => roleName(t, r))
      : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    if (staff.status !== 'ok') return;
    void form.submit([], async () => {
      try {
        const saved = await participantsApi.setStaff(associationId, insats.id, (checked ?? []).map(Number), staff.data.version);
        setKnown(saved);
        setChecked(saved.userIds.map(String));
        setStatus(ts.saved(insats.name, saved.userIds.length));
      } catch (error) {
        // Someone changed the list since it was read: show it as it is now (the summary says to choose again).
        if (error instanceof ApiError && error.code === 'version_conflict' && error.current) {
          setKnown(error.current as InsatsStaff);
          setChecked(null);
        }
        throw error;
      }
    });
  };

  return (
    <Section id="staff-title" title={ts.title} intro={ts.intro}>
      <StatusMessage text={status} />
      {failure ? <LoadError code={failure} /> : null}
      {options && options.length === 0 ? <Paragraph>{ts.none}</Paragraph> : null}
      {options && options.length > 0 && checked ? (
        <form className="form narrow form-section" noValidate onSubmit={onSubmit} aria-labelledby="staff-title">
          {form.summary}
          <CheckboxGroup
            id="staff-users"
            legend={ts.legend(insats.name)}
            options={options}
            checked={checked}
            onChange={(v) => {
              setStatus('');
              setChecked(v);
            }}
            error={form.inline('staff-users')}
          />
          <SubmitButtons busy={form.busy} label={ts.submit} busyLabel={t.money.saving} />
        </form>
      ) : null}
    </Section>
  );
}

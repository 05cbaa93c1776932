import { useState, type FormEvent } from 'react';
import { participantsApi } from '../../../api/participants';
import type { TargetGroup } from '../../../api/participantsTypes';
import { useI18n } from '../../../i18n/I18nProvider';
import { Section } from '../../../layout/Section';
import { StatusMessage } from '../../../forms/StatusMessage';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { useFormErrors } from '../../../forms/useFormErrors';
import { Paragraph, TextField } from '../../../ui';

interface Props {
  associationId: number;
  targetGroups: TargetGroup[];
}

/** Målgrupper (administrator): the förbund's target groups, which insatser are for, and a form to add one. */
export function TargetGroupsSection({ associationId, targetGroups }: Props) {
  const { t } = useI18n();
  const tg = t.catalogue.targetGroupForm;
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const form = useFormErrors((f) => (f === 'name' ? { id: 'target-group-name', noun: tg.nameNoun } : null), 'target-group-name');
  const [added, setAdded] = useState<TargetGroup[]>([]);
  const sorted = [...targetGroups, ...added].sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const trimmed = name.trim();
    void form.submit(trimmed === '' ? [{ field: 'name', code: 'required' }] : [], async () => {
      const saved = await participantsApi.addTargetGroup(associationId, { name: trimmed });
      setName('');
      setAdded((list) => [...list, saved]);
      setStatus(tg.added(saved.name));
    });
  };

  return (
    <Section id="target-groups-title" title={tg.title} intro={tg.intro}>
      {sorted.length === 0 ? (
        <Paragraph>{tg.none}</Paragraph>
      ) : (
        <ul className="link-list" aria-labelledby="target-groups-title">
          {sorted.map((g) => (
            <li key={g.id}>{g.name}</li>
          ))}
        </ul>
      )}
      <StatusMessage text={status} />
      <form className="form narrow form-section" noValidate onSubmit={onSubmit} aria-label={tg.formTitle}>
        {form.summary}
        <TextField label={tg.name} autoComplete="off" {...form.field('target-group-name', name, setName)} />
        <SubmitButtons busy={form.busy} label={tg.submit} busyLabel={t.money.saving} />
      </form>
    </Section>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import type { Insats } from '../../../api/participantsTypes';
import { navigate } from '../../../router';
import { paths } from '../../../routes';
import { AppLink, Paragraph } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { useKept } from '../../../hooks/useKept';
import { useReload } from '../../../hooks/useReload';
import { PageFrame } from '../shared/PageFrame';
import { useCurrentAssociation } from '../shared/useCurrentAssociation';
import { useLookups, type Lookups } from '../shared/useLookups';
import { InsatsFields } from './InsatsFields';
import { checkInsats, emptyInsatsText, insatsToText, type InsatsText } from './insatsForm';
import { SubmitButtons } from '../../../forms/SubmitButtons';

/** /insatser/ny and /insatser/{id}/andra (manage_insatser); a 409 reloads the insats into the form. */
export function InsatsFormPage({ insatsId }: { insatsId?: number }) {
  const { t } = useI18n();
  const { association, failure } = useCurrentAssociation();
  const associationId = association?.id ?? null;
  const lookups = useLookups(associationId);
  const [version, reload] = useReload();
  const loaded = useApiData(
    (signal) => participantsApi.insats(associationId ?? 0, insatsId ?? 0, signal),
    associationId === null || insatsId === undefined ? null : `${associationId}:${insatsId}:${version}`,
  );
  const insats = useKept(loaded);
  const names = lookups.status === 'ok' ? lookups.data : null;
  const editing = insatsId !== undefined;
  const title = editing ? t.insatsForm.editTitle(insats?.name ?? '') : t.insatsForm.createTitle;
  const error = failure ?? (lookups.status === 'error' ? lookups.code : loaded.status === 'error' && editing ? loaded.code : null);
  const ready = names && associationId !== null && (!editing || insats);

  return (
    <PageFrame title={editing && !insats ? t.catalogue.title : title} failure={error} loading={!ready}>
      <Paragraph>
        <AppLink to={insatsId ? paths.insats(insatsId) : paths.insatser}>{insats?.name ?? t.catalogue.back}</AppLink>
      </Paragraph>
      {ready ? <InsatsForm associationId={associationId} lookups={names} insats={insats} onConflict={reload} /> : null}
    </PageFrame>
  );
}

interface FormProps {
  associationId: number;
  lookups: Lookups;
  insats: Insats | null;
  onConflict: () => void;
}

function InsatsForm({ associationId, lookups, insats, onConflict }: FormProps) {
  const { t } = useI18n();
  const tf = t.insatsForm;
  const [text, setText] = useState<InsatsText>(() => (insats ? insatsToText(insats) : emptyInsatsText(new Date().getFullYear())));
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the insats, once loaded, fills the form
    if (insats) setText(insatsToText(insats));
  }, [insats]);
  const target = (field: string) => {
    const name = field.startsWith('budget.') ? `budget-${field.slice(7)}` : field;
    const nouns: Record<string, string> = {
      name: tf.nameNoun, minAge: tf.minAgeNoun, maxAge: tf.maxAgeNoun, durationWeeks: tf.durationWeeksNoun,
      capacity: tf.capacityNoun, leadMemberId: tf.leadNoun, startsOn: tf.startsOnNoun, endsOn: tf.endsOnNoun,
      cooperatingMemberIds: tf.cooperating, kommunCodes: tf.kommuner, targetGroupIds: tf.targetGroups,
    };
    if (field.startsWith('budget.')) return { id: `insats-${name}`, noun: tf.budgetNoun(field.slice(7)) };
    return Object.hasOwn(nouns, field) ? { id: `insats-${field}`, noun: nouns[field] ?? field } : null;
  };
  const form = useFormErrors(target, 'insats-name', onConflict);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkInsats(text);
    void form.submit(errors, async () => {
      const saved = insats
        ? await participantsApi.updateInsats(associationId, insats.id, { ...body, version: insats.version })
        : await participantsApi.createInsats(associationId, body);
      navigate(paths.insats(saved.id));
    });
  };

  return (
    <form className="form narrow" noValidate onSubmit={onSubmit}>
      <Paragraph>{tf.intro}</Paragraph>
      {form.summary}
      <InsatsFields text={text} onChange={setText} lookups={lookups} form={form} />
      <SubmitButtons busy={form.busy} label={insats ? tf.submitEdit : tf.submitCreate} busyLabel={t.money.saving} />
    </form>
  );
}

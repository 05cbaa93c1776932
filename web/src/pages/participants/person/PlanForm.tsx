import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import type { Plan } from '../../../api/participantsTypes';
import type { Member } from '../../../api/types';
import { Heading, SelectField, TextAreaField, TextField } from '../../../ui';
import { StatusMessage } from '../../../forms/StatusMessage';
import { useFormErrors } from '../../../forms/useFormErrors';
import { PlanActions } from './PlanActions';
import { checkPlan, planToText, type PlanText } from './planForm';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { NamedOptions } from '../../../forms/NamedOptions';
import { Section } from '../../../layout/Section';

interface Props {
  associationId: number;
  personId: number;
  plan: Plan | null;
  members: Member[];
  /** Reload the person (after a save or a 409). */
  onSaved: () => void;
}

/** The joint plan (SIP), saved with its version (0 creates); a 409 reloads the stored plan. */
export function PlanForm({ associationId, personId, plan, members, onSaved }: Props) {
  const { t } = useI18n();
  const tp = t.plan;
  const [text, setText] = useState<PlanText>(() => planToText(plan));
  const [status, setStatus] = useState('');
  // eslint-disable-next-line react-hooks/set-state-in-effect -- a saved or reloaded plan refills the form
  useEffect(() => setText(planToText(plan)), [plan]);
  const target = (field: string) => {
    const action = /^actions\.(\d+)\.(\w+)$/.exec(field);
    if (action) {
      const n = Number(action[1]) + 1;
      const key = action[2] ?? '';
      const noun = key === 'description' ? tp.descriptionNoun(n) : key === 'responsibleMemberId' ? tp.responsibleNoun(n) : key === 'dueOn' ? tp.dueOnNoun(n) : tp.doneOnNoun(n);
      return { id: `plan-action-${action[1]}-${key}`, noun };
    }
    if (field === 'overallMemberId') return { id: 'plan-overall', noun: tp.overallNoun };
    if (field === 'nextFollowUpOn') return { id: 'plan-nextFollowUpOn', noun: tp.nextFollowUpOnNoun };
    return null;
  };
  const form = useFormErrors(target, 'plan-needs', onSaved);
  const set = <K extends keyof PlanText>(key: K, value: PlanText[K]) => setText((x) => ({ ...x, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const { errors, body } = checkPlan(text, plan?.version ?? 0);
    void form.submit(errors, async () => {
      await participantsApi.savePlan(associationId, personId, body);
      setStatus(tp.saved);
      onSaved();
    });
  };

  return (
    <Section id="plan-title" title={tp.title} intro={plan ? tp.intro : tp.none}>
      <StatusMessage text={status} />
      <form className="form narrow" noValidate onSubmit={onSubmit}>
        {form.summary}
        <TextAreaField id="plan-needs" label={tp.needs} value={text.needs} onChange={(e) => set('needs', e.target.value)} />
        <TextAreaField id="plan-ownGoals" label={tp.ownGoals} value={text.ownGoals} onChange={(e) => set('ownGoals', e.target.value)} />
        <TextAreaField id="plan-professionalGoals" label={tp.professionalGoals} value={text.professionalGoals} onChange={(e) => set('professionalGoals', e.target.value)} />
        <SelectField id="plan-overall" label={tp.overall} value={text.overallMemberId} error={form.inline('plan-overall')} onChange={(e) => set('overallMemberId', e.target.value)}>
          <option value="">{tp.choose}</option>
          <NamedOptions items={members} />
        </SelectField>
        <TextField id="plan-nextFollowUpOn" label={tp.nextFollowUpOn} description={t.money.dateHint} value={text.nextFollowUpOn} error={form.inline('plan-nextFollowUpOn')} onChange={(e) => set('nextFollowUpOn', e.target.value)} />
        <Heading level={3} data-size="xs">
          {tp.actions}
        </Heading>
        <PlanActions actions={text.actions} members={members} onChange={(actions) => set('actions', actions)} form={form} />
        <SubmitButtons busy={form.busy} label={tp.submit} busyLabel={t.money.saving} />
      </form>
    </Section>
  );
}

import { useI18n } from '../../../i18n/I18nProvider';
import { INSATS_KINDS, type InsatsKind } from '../../../api/participantsTypes';
import { Button, Checkbox, CheckboxGroup, SelectField, TextAreaField, TextField } from '../../../ui';
import type { FormErrors } from '../../../forms/useFormErrors';
import type { Lookups } from '../shared/useLookups';
import { nextBudgetYear, type InsatsText } from './insatsForm';
import { CodeOptions, NamedOptions } from '../../../forms/NamedOptions';

interface Props {
  text: InsatsText;
  onChange: (text: InsatsText) => void;
  lookups: Lookups;
  form: FormErrors;
}

/** The inputs of the insats form (ids `insats-<field>`, budget years `insats-budget-<year>`). */
export function InsatsFields({ text, onChange, lookups, form }: Props) {
  const { t } = useI18n();
  const tf = t.insatsForm;
  const set = <K extends keyof InsatsText>(key: K, value: InsatsText[K]) => onChange({ ...text, [key]: value });
  const input = (key: 'name' | 'minAge' | 'maxAge' | 'durationWeeks' | 'capacity' | 'startsOn' | 'endsOn', label: string, hint?: string) => (
    <TextField id={`insats-${key}`} label={label} description={hint} value={text[key]} error={form.inline(`insats-${key}`)} onChange={(e) => set(key, e.target.value)} />
  );
  const setYear = (index: number, kronor: string) =>
    set('budget', text.budget.map((entry, i) => (i === index ? [entry[0], kronor] : entry)));

  return (
    <>
      {input('name', tf.name)}
      <TextAreaField id="insats-description" label={tf.description} value={text.description} onChange={(e) => set('description', e.target.value)} />
      <SelectField id="insats-kind" label={tf.kind} value={text.kind} onChange={(e) => set('kind', e.target.value as InsatsKind)}>
        <CodeOptions codes={INSATS_KINDS} name={(k) => t.catalogue.kinds[k]} />
      </SelectField>
      {text.kind === 'individual' ? (
        <Checkbox id="insats-referralRequired" label={tf.referralRequired} checked={text.referralRequired} onChange={(e) => set('referralRequired', e.target.checked)} />
      ) : null}
      <Checkbox id="insats-extensive" label={tf.extensive} checked={text.extensive} onChange={(e) => set('extensive', e.target.checked)} />
      {input('minAge', tf.minAge)}
      {input('maxAge', tf.maxAge)}
      {input('durationWeeks', tf.durationWeeks)}
      {input('capacity', tf.capacity)}
      <SelectField id="insats-leadMemberId" label={tf.lead} value={text.leadMemberId} error={form.inline('insats-leadMemberId')} onChange={(e) => set('leadMemberId', e.target.value)}>
        <option value="">{tf.choose}</option>
        <NamedOptions items={lookups.members} />
      </SelectField>
      <CheckboxGroup
        id="insats-cooperatingMemberIds"
        legend={tf.cooperating}
        description={tf.cooperatingHint}
        options={lookups.members.map((m) => ({ value: String(m.id), label: m.name }))}
        checked={text.cooperatingMemberIds}
        onChange={(v) => set('cooperatingMemberIds', v)}
        error={form.inline('insats-cooperatingMemberIds')}
      />
      <CheckboxGroup
        id="insats-kommunCodes"
        legend={tf.kommuner}
        options={lookups.kommuner.map((k) => ({ value: k.code ?? '', label: k.name }))}
        checked={text.kommunCodes}
        onChange={(v) => set('kommunCodes', v)}
        error={form.inline('insats-kommunCodes')}
      />
      <CheckboxGroup
        id="insats-targetGroupIds"
        legend={tf.targetGroups}
        options={lookups.targetGroups.map((g) => ({ value: String(g.id), label: g.name }))}
        checked={text.targetGroupIds}
        onChange={(v) => set('targetGroupIds', v)}
        error={form.inline('insats-targetGroupIds')}
      />
      {input('startsOn', tf.startsOn, t.money.dateHint)}
      {input('endsOn', tf.endsOn, t.money.dateHint)}
      <fieldset className="fieldset">
        <legend>{tf.budget}</legend>
        {text.budget.map(([year, kronor], i) => (
          <TextField
            key={year}
            id={`insats-budget-${year}`}
            label={tf.budgetYear(year)}
            inputMode="decimal"
            value={kronor}
            error={form.inline(`insats-budget-${year}`)}
            onChange={(e) => setYear(i, e.target.value)}
          />
        ))}
        <Button type="button" variant="secondary" data-size="sm" onClick={() => set('budget', [...text.budget, [nextBudgetYear(text, new Date().getFullYear()), '']])}>
          {tf.addYear}
        </Button>
      </fieldset>
    </>
  );
}

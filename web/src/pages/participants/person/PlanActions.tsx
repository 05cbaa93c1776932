import { useI18n } from '../../../i18n/I18nProvider';
import type { Member } from '../../../api/types';
import { Button, SelectField, TextField } from '../../../ui';
import type { FormErrors } from '../../../forms/useFormErrors';
import { EMPTY_ACTION, type ActionText } from './planForm';
import { NamedOptions } from '../../../forms/NamedOptions';

interface Props {
  actions: ActionText[];
  members: Member[];
  onChange: (actions: ActionText[]) => void;
  form: FormErrors;
}

/** The plan's actions: description, responsible party, due and done dates; add and remove. */
export function PlanActions({ actions, members, onChange, form }: Props) {
  const { t } = useI18n();
  const tp = t.plan;
  const set = (i: number, key: keyof ActionText, value: string) =>
    onChange(actions.map((a, j) => (j === i ? { ...a, [key]: value } : a)));
  return (
    <div className="plan-actions">
      {actions.map((a, i) => (
        <fieldset className="fieldset" key={a.id ?? `new-${i}`}>
          <legend>{tp.action(i + 1)}</legend>
          <TextField id={`plan-action-${i}-description`} label={tp.description} value={a.description} error={form.inline(`plan-action-${i}-description`)} onChange={(e) => set(i, 'description', e.target.value)} />
          <SelectField
            id={`plan-action-${i}-responsibleMemberId`}
            label={tp.responsible}
            value={a.responsibleMemberId}
            error={form.inline(`plan-action-${i}-responsibleMemberId`)}
            onChange={(e) => set(i, 'responsibleMemberId', e.target.value)}
          >
            <option value="">{tp.choose}</option>
            <NamedOptions items={members} />
          </SelectField>
          <TextField id={`plan-action-${i}-dueOn`} label={tp.dueOn} description={t.money.dateHint} value={a.dueOn} error={form.inline(`plan-action-${i}-dueOn`)} onChange={(e) => set(i, 'dueOn', e.target.value)} />
          <TextField id={`plan-action-${i}-doneOn`} label={tp.doneOn} description={t.money.dateHint} value={a.doneOn} error={form.inline(`plan-action-${i}-doneOn`)} onChange={(e) => set(i, 'doneOn', e.target.value)} />
          <div>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange(actions.filter((_, j) => j !== i))}>
              {tp.removeAction(i + 1)}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => onChange([...actions, { ...EMPTY_ACTION }])}>
          {tp.addAction}
        </Button>
      </div>
    </div>
  );
}

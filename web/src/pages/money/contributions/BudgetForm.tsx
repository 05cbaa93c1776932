import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Budget, SplitKeyKind } from '../../../api/moneyTypes';
import type { Member } from '../../../api/types';
import { Alert, Heading, Paragraph, Spinner, TextAreaField, TextField } from '../../../ui';
import { ReopenPreview } from './ReopenPreview';
import { bpToInput, oreToInput } from '../../../forms/parse';
import { useFormErrors } from '../../../forms/useFormErrors';
import { charterForYear, checkBudget, KEY_FIELD, keyMembers, membersInYear } from './budgetForm';
import { SubmitButtons } from '../../../forms/SubmitButtons';

interface Props {
  associationId: number;
  year: number;
  budget: Budget | null;
  onSaved: () => void;
  onConflict: () => void;
}

/** Loads the charters and members the form needs, then shows it. */
export function BudgetForm(props: Props) {
  const { associationId, year } = props;
  const data = useApiData(
    async (signal) => {
      const [charters, members] = await Promise.all([api.charters(associationId, signal), api.members(associationId, signal)]);
      const charter = charterForYear(charters.items, year);
      return { kind: charter?.splitKey.kind ?? null, members: membersInYear(members.items, year) };
    },
    `${associationId}:${year}`,
  );
  const { t } = useI18n();
  return (
    <section aria-labelledby="budget-form-title" className="form-section">
      <Heading level={2} data-size="md" id="budget-form-title">
        {t.contributions.budgetForm.title(year)}
      </Heading>
      {data.status === 'loading' ? <Spinner data-size="sm" /> : null}
      {data.status === 'ok' && data.data.kind === null ? (
        <Alert data-color="warning">{t.contributions.budgetForm.noCharter}</Alert>
      ) : null}
      {data.status === 'ok' && data.data.kind !== null ? <Fields {...props} kind={data.data.kind} members={data.data.members} /> : null}
    </section>
  );
}

function initialInputs(budget: Budget | null, kind: SplitKeyKind): Record<number, string> {
  const field = KEY_FIELD[kind];
  const inputs: Record<number, string> = {};
  for (const k of budget?.keyInputs ?? []) {
    const v = field ? k[field] : null;
    if (v === null || v === undefined) continue;
    inputs[k.memberId] = field === 'amountOre' ? oreToInput(v) : bpToInput(v);
  }
  return inputs;
}

function Fields({ associationId, year, budget, onSaved, onConflict, kind, members }: Props & { kind: SplitKeyKind; members: Member[] }) {
  const { t } = useI18n();
  const tb = t.contributions.budgetForm;
  const [total, setTotal] = useState(budget ? oreToInput(budget.totalOre) : '');
  const [inputs, setInputs] = useState<Record<number, string>>(() => initialInputs(budget, kind));
  const keyed = keyMembers(kind, members);
  const field = KEY_FIELD[kind];
  const label = (m: Member) =>
    field === 'sicknessRate' ? tb.sicknessRate(m.name) : field === 'percentBp' ? tb.percent(m.name) : tb.amount(m.name);
  const noun = field === 'sicknessRate' ? tb.sicknessNoun : field === 'percentBp' ? tb.percentNoun : tb.amountNoun;

  const closed = budget?.closed ?? false;
  const [reason, setReason] = useState('');
  // A closed year: what saving would give, shown before the change is confirmed.
  const [preview, setPreview] = useState<Budget | null>(null);
  const edit = <T,>(set: (v: T) => void) => (v: T) => {
    setPreview(null);
    set(v);
  };

  const target = (f: string) => {
    if (f === 'totalOre') return { id: 'budget-total', noun: tb.totalNoun };
    if (f === 'reopenReason') return { id: 'budget-reopenReason', noun: tb.reopenReasonNoun };
    const match = /^keyInputs\.(\d+)/.exec(f);
    return match ? { id: `budget-key-${match[1]}`, noun } : null;
  };
  const form = useFormErrors(target, 'budget-total', onConflict);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkBudget(total, kind, members, inputs);
    const errors = closed && reason.trim() === '' ? [...checked.errors, { field: 'reopenReason', code: 'required' }] : checked.errors;
    void form.submit(errors, async () => {
      const change = { totalOre: checked.totalOre ?? 0, keyInputs: checked.keyInputs };
      if (closed && !preview) {
        setPreview(await api.previewBudget(associationId, year, change));
        return;
      }
      await api.putBudget(associationId, year, { ...change, version: budget?.version ?? 0, ...(closed ? { reopenReason: reason.trim() } : {}) });
      onSaved();
    });
  };

  return (
    <form className="form narrow" noValidate onSubmit={onSubmit}>
      {form.summary}
      <Paragraph>{tb.intro}</Paragraph>
      {closed ? <Alert data-color="warning">{tb.closed}</Alert> : null}
      <TextField label={tb.total} description={t.money.kronorHint} inputMode="decimal" {...form.field('budget-total', total, edit(setTotal))} />
      {keyed.length > 0 ? (
        <fieldset className="fieldset">
          <legend>{tb.keyInputs}</legend>
          {keyed.map((m) => (
            <TextField
              key={m.id}
              id={`budget-key-${m.id}`}
              label={label(m)}
              inputMode="decimal"
              value={inputs[m.id] ?? ''}
              error={form.inline(`budget-key-${m.id}`)}
              onChange={(e) => edit(setInputs)({ ...inputs, [m.id]: e.target.value })}
            />
          ))}
        </fieldset>
      ) : null}
      {closed ? (
        <TextAreaField label={tb.reopenReason} description={tb.reopenReasonHint} {...form.field('budget-reopenReason', reason, edit(setReason))} />
      ) : null}
      {preview && budget ? <ReopenPreview before={budget} after={preview} /> : null}
      {closed && !preview ? <SubmitButtons busy={form.busy} label={tb.showChange} busyLabel={t.money.saving} /> : null}
      {closed && preview ? (
        <SubmitButtons busy={form.busy} label={tb.reopenAndSave} busyLabel={t.money.saving} cancel={{ label: t.money.cancel, onClick: () => setPreview(null) }} />
      ) : null}
      {!closed ? <SubmitButtons busy={form.busy} label={tb.submit} busyLabel={t.money.saving} /> : null}
    </form>
  );
}

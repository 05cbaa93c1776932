import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import type { AllocationDefaults, AllocationResult } from '../../../api/moneyTypes';
import { Heading, TextField } from '../../../ui';
import { bpToInput, oreToInput } from '../../../forms/parse';
import { useFormErrors } from '../../../forms/useFormErrors';
import { AllocationResultTable } from './AllocationResultTable';
import { checkAllocation, type RowText } from './allocationForm';
import { AllocationRows } from './AllocationRows';
import { SubmitButtons } from '../../../forms/SubmitButtons';

const PARAMS: Record<string, string> = { potOre: 'alloc-pot', baseOre: 'alloc-base', supportWeightBp: 'alloc-weight', maxDecreaseBp: 'alloc-max' };

export function AllocationForm({ defaults }: { defaults: AllocationDefaults }) {
  const { t } = useI18n();
  const ta = t.allocation;
  const [pot, setPot] = useState(oreToInput(defaults.potOre));
  const [base, setBase] = useState(oreToInput(defaults.baseOre));
  const [weight, setWeight] = useState(bpToInput(defaults.supportWeightBp));
  const [maxDecrease, setMaxDecrease] = useState('');
  const [rows, setRows] = useState<RowText[]>(() =>
    defaults.associations.map((a) => ({ name: a.name, supportMeasure: '', population: String(a.population), previous: '' })),
  );
  const [result, setResult] = useState<AllocationResult | null>(null);

  const nouns: Record<string, string> = {
    potOre: ta.potNoun, baseOre: ta.baseNoun, supportWeightBp: ta.weightNoun, maxDecreaseBp: ta.maxDecreaseNoun,
    name: ta.rowNameNoun, supportMeasure: ta.supportNoun, population: ta.populationNoun, previousOre: ta.previousNoun,
  };
  const target = (field: string) => {
    const param = PARAMS[field];
    if (param) return { id: param, noun: nouns[field] ?? field };
    const match = /^associations\.(\d+)\.(\w+)$/.exec(field);
    if (!match) return field === 'associations' ? { id: 'alloc-add', noun: ta.associations } : null;
    return { id: `alloc-${match[2]}-${match[1]}`, noun: nouns[match[2] ?? ''] ?? field };
  };
  const form = useFormErrors(target, 'alloc-pot');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkAllocation({ pot, base, weight, maxDecrease, rows });
    void form.submit(errors, async () => {
      setResult(null);
      setResult(await api.allocate(body));
    });
  };

  return (
    <>
      <form className="form" noValidate onSubmit={onSubmit}>
        {form.summary}
        <fieldset className="fieldset narrow">
          <legend>{ta.params}</legend>
          <TextField label={ta.pot} inputMode="decimal" {...form.field('alloc-pot', pot, setPot)} />
          <TextField label={ta.base} inputMode="decimal" {...form.field('alloc-base', base, setBase)} />
          <TextField label={ta.weight} description={ta.weightHint} inputMode="decimal" {...form.field('alloc-weight', weight, setWeight)} />
          <TextField label={ta.maxDecrease} inputMode="decimal" {...form.field('alloc-max', maxDecrease, setMaxDecrease)} />
        </fieldset>
        <Heading level={2} data-size="sm">
          {ta.associations}
        </Heading>
        <AllocationRows rows={rows} onChange={setRows} inline={form.inline} />
        <SubmitButtons busy={form.busy} label={ta.submit} />
      </form>
      <div aria-live="polite">{result ? <AllocationResultTable result={result} /> : null}</div>
    </>
  );
}

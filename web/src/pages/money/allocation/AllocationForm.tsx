import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import type { AllocationDefaults, AllocationResult } from '../../../moneyTypes';
import { Button, Heading, TextField } from '../../../ui';
import { bpToInput, oreToInput } from '../../../forms/parse';
import { useFormErrors } from '../../../forms/useFormErrors';
import { AllocationResultTable } from './AllocationResultTable';
import { checkAllocation, type RowText } from './allocationForm';
import { AllocationRows } from './AllocationRows';

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
          <TextField id="alloc-pot" label={ta.pot} inputMode="decimal" value={pot} error={form.inline('alloc-pot')} onChange={(e) => setPot(e.target.value)} />
          <TextField id="alloc-base" label={ta.base} inputMode="decimal" value={base} error={form.inline('alloc-base')} onChange={(e) => setBase(e.target.value)} />
          <TextField
            id="alloc-weight"
            label={ta.weight}
            description={ta.weightHint}
            inputMode="decimal"
            value={weight}
            error={form.inline('alloc-weight')}
            onChange={(e) => setWeight(e.target.value)}
          />
          <TextField
            id="alloc-max"
            label={ta.maxDecrease}
            inputMode="decimal"
            value={maxDecrease}
            error={form.inline('alloc-max')}
            onChange={(e) => setMaxDecrease(e.target.value)}
          />
        </fieldset>
        <Heading level={2} data-size="sm">
          {ta.associations}
        </Heading>
        <AllocationRows rows={rows} onChange={setRows} inline={form.inline} />
        <div>
          <Button type="submit" aria-disabled={form.busy || undefined}>
            {ta.submit}
          </Button>
        </div>
      </form>
      <div aria-live="polite">{result ? <AllocationResultTable result={result} /> : null}</div>
    </>
  );
}

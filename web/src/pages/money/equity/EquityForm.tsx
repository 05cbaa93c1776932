import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import type { EquityList, EquityYear } from '../../../api/moneyTypes';
import { SelectField, TextField } from '../../../ui';
import { oreToInput } from '../../../forms/parse';
import { useFormErrors } from '../../../forms/useFormErrors';
import { checkEquity, editableYears, needsOpening } from './equityForm';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormSection } from '../../../forms/FormSection';
import { CodeOptions } from '../../../forms/NamedOptions';

interface Props {
  associationId: number;
  items: EquityYear[];
  onSaved: (list: EquityList, year: number) => void;
  onConflict: () => void;
}

export function EquityForm({ associationId, items, onSaved, onConflict }: Props) {
  const { t } = useI18n();
  const te = t.equity;
  const years = editableYears(items, new Date().getFullYear());
  const [year, setYear] = useState(years[years.length - 1] ?? new Date().getFullYear());
  const row = items.find((i) => i.year === year);
  const [opening, setOpening] = useState(row ? oreToInput(row.openingOre) : '');
  const [received, setReceived] = useState(row ? oreToInput(row.receivedOre) : '');
  const [costs, setCosts] = useState(row ? oreToInput(row.costsOre) : '');

  const targets: Record<string, { id: string; noun: string }> = {
    openingOre: { id: 'equity-opening', noun: te.formOpeningNoun },
    receivedOre: { id: 'equity-received', noun: te.formReceivedNoun },
    costsOre: { id: 'equity-costs', noun: te.formCostsNoun },
  };
  const form = useFormErrors((f) => targets[f] ?? null, 'equity-year', onConflict);

  const choose = (y: number) => {
    const r = items.find((i) => i.year === y);
    setYear(y);
    setOpening(r ? oreToInput(r.openingOre) : '');
    setReceived(r ? oreToInput(r.receivedOre) : '');
    setCosts(r ? oreToInput(r.costsOre) : '');
    form.clear();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkEquity(items, year, { opening, received, costs });
    void form.submit(errors, async () => onSaved(await api.putEquity(associationId, year, body), year));
  };

  return (
    <FormSection id="equity-form-title" title={te.formTitle} formClass="narrow" summary={form.summary} onSubmit={onSubmit}>
      <SelectField id="equity-year" label={te.formYear} value={String(year)} onChange={(e) => choose(Number(e.target.value))}>
        <CodeOptions codes={years} name={String} />
      </SelectField>
      {needsOpening(items, year) ? (
        <TextField label={te.formOpening} inputMode="decimal" {...form.field('equity-opening', opening, setOpening)} />
      ) : null}
      <TextField label={te.formReceived} description={t.money.kronorHint} inputMode="decimal" {...form.field('equity-received', received, setReceived)} />
      <TextField label={te.formCosts} inputMode="decimal" {...form.field('equity-costs', costs, setCosts)} />
      <SubmitButtons busy={form.busy} label={te.submit} busyLabel={t.money.saving} />
    </FormSection>
  );
}

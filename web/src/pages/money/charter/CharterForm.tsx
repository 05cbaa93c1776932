import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Charter, NoticeCounting, SplitKeyKind } from '../../../api/moneyTypes';
import { SelectField, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { checkCharter, COUNTINGS, needsReferenceYear, SPLIT_KEYS } from './charterForm';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormSection } from '../../../forms/FormSection';
import { CodeOptions } from '../../../forms/NamedOptions';

interface Props {
  associationId: number;
  current: Charter | null;
  onSaved: (effectiveFrom: string) => void;
}

export function CharterForm({ associationId, current, onSaved }: Props) {
  const { t } = useI18n();
  const tc = t.charter;
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [years, setYears] = useState(String(current?.notice.years ?? 3));
  const [counting, setCounting] = useState<NoticeCounting>(current?.notice.counting ?? 'calendar_years');
  const [kind, setKind] = useState<SplitKeyKind>(current?.splitKey.kind ?? 'population');
  const [referenceYear, setReferenceYear] = useState(String(current?.splitKey.referenceYear ?? ''));

  const targets: Record<string, { id: string; noun: string }> = {
    effectiveFrom: { id: 'charter-effectiveFrom', noun: tc.formEffectiveFromNoun },
    'notice.years': { id: 'charter-years', noun: tc.formYearsNoun },
    'notice.counting': { id: 'charter-counting', noun: tc.formCountingNoun },
    'splitKey.kind': { id: 'charter-kind', noun: tc.formKindNoun },
    'splitKey.referenceYear': { id: 'charter-referenceYear', noun: tc.formReferenceYearNoun },
  };
  const form = useFormErrors((f) => targets[f] ?? null, 'charter-effectiveFrom');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkCharter({ effectiveFrom, years, counting, kind, referenceYear }, current);
    void form.submit(errors, async () => {
      const saved = await api.addCharter(associationId, body);
      setEffectiveFrom('');
      onSaved(saved.effectiveFrom);
    });
  };

  return (
    <FormSection id="charter-form-title" title={tc.formTitle} formClass="narrow" summary={form.summary} onSubmit={onSubmit}>
      <TextField label={tc.formEffectiveFrom} description={t.money.dateHint} {...form.field('charter-effectiveFrom', effectiveFrom, setEffectiveFrom)} />
      <SelectField label={tc.formYears} {...form.field('charter-years', years, setYears)}>
        <CodeOptions codes={[1, 2, 3]} name={(n) => tc.noticeYears(n)} />
      </SelectField>
      <SelectField label={tc.formCounting} {...form.field('charter-counting', counting, setCounting)}>
        <CodeOptions codes={COUNTINGS} name={(c) => tc.counting[c]} />
      </SelectField>
      <SelectField label={tc.formKind} {...form.field('charter-kind', kind, setKind)}>
        <CodeOptions codes={SPLIT_KEYS} name={(k) => t.contributions.splitKeys[k](null).replace(/ \(–\)$/, '')} />
      </SelectField>
      {needsReferenceYear(kind) ? (
        <TextField label={tc.formReferenceYear} description={tc.formReferenceHint} inputMode="numeric" {...form.field('charter-referenceYear', referenceYear, setReferenceYear)} />
      ) : null}
      <SubmitButtons busy={form.busy} label={tc.submit} busyLabel={t.money.saving} />
    </FormSection>
  );
}

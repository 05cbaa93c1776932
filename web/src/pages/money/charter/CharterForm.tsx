import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Charter, NoticeCounting, SplitKeyKind } from '../../../moneyTypes';
import { Button, Heading, SelectField, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { checkCharter, COUNTINGS, needsReferenceYear, SPLIT_KEYS } from './charterForm';

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
    <section aria-labelledby="charter-form-title" className="form-section">
      <Heading level={2} data-size="md" id="charter-form-title">
        {tc.formTitle}
      </Heading>
      <form className="form narrow" noValidate onSubmit={onSubmit}>
        {form.summary}
        <TextField id="charter-effectiveFrom" label={tc.formEffectiveFrom} description={t.money.dateHint} value={effectiveFrom} error={form.inline('charter-effectiveFrom')} onChange={(e) => setEffectiveFrom(e.target.value)} />
        <SelectField id="charter-years" label={tc.formYears} value={years} error={form.inline('charter-years')} onChange={(e) => setYears(e.target.value)}>
          {[1, 2, 3].map((n) => (
            <option key={n} value={n}>
              {tc.noticeYears(n)}
            </option>
          ))}
        </SelectField>
        <SelectField id="charter-counting" label={tc.formCounting} value={counting} error={form.inline('charter-counting')} onChange={(e) => setCounting(e.target.value as NoticeCounting)}>
          {COUNTINGS.map((c) => (
            <option key={c} value={c}>
              {tc.counting[c]}
            </option>
          ))}
        </SelectField>
        <SelectField id="charter-kind" label={tc.formKind} value={kind} error={form.inline('charter-kind')} onChange={(e) => setKind(e.target.value as SplitKeyKind)}>
          {SPLIT_KEYS.map((k) => (
            <option key={k} value={k}>
              {t.contributions.splitKeys[k](null).replace(/ \(–\)$/, '')}
            </option>
          ))}
        </SelectField>
        {needsReferenceYear(kind) ? (
          <TextField id="charter-referenceYear" label={tc.formReferenceYear} description={tc.formReferenceHint} inputMode="numeric" value={referenceYear} error={form.inline('charter-referenceYear')} onChange={(e) => setReferenceYear(e.target.value)} />
        ) : null}
        <div>
          <Button type="submit" aria-disabled={form.busy || undefined}>
            {form.busy ? t.money.saving : tc.submit}
          </Button>
        </div>
      </form>
    </section>
  );
}

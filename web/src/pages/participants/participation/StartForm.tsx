import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import type { Participation, Referral } from '../../../api/participantsTypes';
import { Paragraph, RadioGroup, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { SnapshotFields, useSnapshotTarget } from './SnapshotFields';
import { EMPTY_SNAPSHOT, checkStart, type StartText } from './snapshotForm';
import { SubmitButtons } from '../../../forms/SubmitButtons';

interface Props {
  associationId: number;
  referral: Referral;
  onStarted: (participation: Participation) => void;
  onConflict: () => void;
}

/** Start from a referral: date, written consent yes/no (+ form reference), and with consent the at-start data. */
export function StartForm({ associationId, referral, onStarted, onConflict }: Props) {
  const { t } = useI18n();
  const tp = t.participation;
  const [text, setText] = useState<StartText>({ startedOn: formatDate(new Date()), consent: '', formReference: '', atStart: EMPTY_SNAPSHOT });
  const snapshotTarget = useSnapshotTarget('start');
  const own: Record<string, { id: string; noun: string }> = {
    startedOn: { id: 'start-startedOn', noun: tp.startedOnNoun },
    consentGiven: { id: 'start-consent', noun: tp.consentLegend },
    formReference: { id: 'start-formReference', noun: tp.formReferenceNoun },
  };
  const form = useFormErrors((f) => own[f] ?? snapshotTarget(f), 'start-startedOn', onConflict);
  const set = <K extends keyof StartText>(key: K, value: StartText[K]) => setText((x) => ({ ...x, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkStart(text, referral.version);
    void form.submit(errors, async () => onStarted(await participantsApi.start(associationId, referral.id, body)));
  };

  return (
    <form className="form narrow" noValidate onSubmit={onSubmit}>
      {form.summary}
      <TextField id="start-startedOn" label={tp.startedOn} description={t.money.dateHint} value={text.startedOn} error={form.inline('start-startedOn')} onChange={(e) => set('startedOn', e.target.value)} />
      <RadioGroup
        id="start-consent"
        name="start-consent"
        legend={tp.consentLegend}
        options={[
          { value: 'yes', label: tp.consentYes },
          { value: 'no', label: tp.consentNo },
        ]}
        value={text.consent}
        error={form.inline('start-consent')}
        onChange={(v) => set('consent', v)}
      />
      {text.consent === 'yes' ? (
        <>
          <TextField id="start-formReference" label={tp.formReference} value={text.formReference} error={form.inline('start-formReference')} onChange={(e) => set('formReference', e.target.value)} />
          <SnapshotFields idPrefix="start" title={tp.atStartTitle} value={text.atStart} onChange={(v) => set('atStart', v)} form={form} />
        </>
      ) : null}
      {text.consent === 'no' ? <Paragraph>{tp.noConsentNote}</Paragraph> : null}
      <SubmitButtons busy={form.busy} label={tp.submitStart} busyLabel={t.money.saving} />
    </form>
  );
}

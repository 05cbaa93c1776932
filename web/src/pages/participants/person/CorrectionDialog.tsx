import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import { EXIT_REASONS, type Participation } from '../../../api/participantsTypes';
import { Checkbox, Paragraph, SelectField, TextAreaField, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { SnapshotFields, useSnapshotTarget } from '../participation/SnapshotFields';
import { hasFollowUpConsent } from './consents';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormDialog } from '../../../forms/FormSection';
import { CodeOptions } from '../../../forms/NamedOptions';
import { checkCorrection, correctionText, REASON_MAX_LENGTH, type CorrectionText } from './correctionForm';

interface Props {
  associationId: number;
  participation: Participation;
  onDone: () => void;
  onClose: () => void;
  onConflict: () => void;
}

/**
 * Corrects what was recorded (rättelse): the start date, the end (or undoes it), the exit reason and the follow-up
 * data, with a required reason that the audit log keeps beside the values before and after.
 */
export function CorrectionDialog({ associationId, participation: p, onDone, onClose, onConflict }: Props) {
  const { t } = useI18n();
  const tp = t.participation;
  const tc = t.person.correction;
  const [text, setText] = useState<CorrectionText>(() => correctionText(p));
  const withEndData = p.atEnd !== null || hasFollowUpConsent(p);
  const startTarget = useSnapshotTarget('correct-start');
  const endTarget = useSnapshotTarget('correct-end');
  const own: Record<string, { id: string; noun: string }> = {
    startedOn: { id: 'correct-startedOn', noun: tp.startedOnNoun },
    endedOn: { id: text.ongoing ? 'correct-ongoing' : 'correct-endedOn', noun: tp.endedOnNoun },
    exitReason: { id: 'correct-exitReason', noun: tp.exitReasonNoun },
    atEnd: { id: 'correct-ongoing', noun: tp.endedOnNoun },
    reason: { id: 'correct-reason', noun: tc.reasonNoun },
    correction: { id: 'correct-reason', noun: tc.reasonNoun },
    consent: { id: 'correct-startedOn', noun: tp.startedOnNoun },
    person: { id: 'correct-startedOn', noun: tp.startedOnNoun },
  };
  const target = (f: string) => own[f] ?? (f.startsWith('atStart') ? startTarget(f) : endTarget(f));
  const form = useFormErrors(target, 'correct-startedOn', onConflict);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkCorrection(text, p.version, withEndData);
    void form.submit(errors, async () => {
      await participantsApi.correct(associationId, p.id, body);
      onDone();
    });
  };
  return (
    <FormDialog id="correct-title" title={tc.title} onClose={onClose} summary={form.summary} onSubmit={onSubmit}>
      <Paragraph>{tc.intro}</Paragraph>
      <TextField
        id="correct-startedOn"
        label={tp.startedOn}
        description={t.money.dateHint}
        value={text.startedOn}
        error={form.inline('correct-startedOn')}
        onChange={(e) => setText({ ...text, startedOn: e.target.value })}
      />
      <Checkbox
        id="correct-ongoing"
        label={p.endedOn === null ? tc.ongoing : tc.undoEnd}
        description={p.endedOn === null ? undefined : tc.undoEndHint}
        checked={text.ongoing}
        onChange={(e) => setText({ ...text, ongoing: e.target.checked })}
      />
      {text.ongoing ? null : (
        <>
          <TextField
            id="correct-endedOn"
            label={tp.endedOn}
            description={t.money.dateHint}
            value={text.endedOn}
            error={form.inline('correct-endedOn')}
            onChange={(e) => setText({ ...text, endedOn: e.target.value })}
          />
          <SelectField
            id="correct-exitReason"
            label={tp.exitReason}
            value={text.exitReason}
            error={form.inline('correct-exitReason')}
            onChange={(e) => setText({ ...text, exitReason: e.target.value })}
          >
            <option value="">{tp.choose}</option>
            <CodeOptions codes={EXIT_REASONS} name={(r) => tp.exitReasons[r]} />
          </SelectField>
        </>
      )}
      {text.atStart ? (
        <SnapshotFields
          idPrefix="correct-start"
          title={tp.atStartTitle}
          value={text.atStart}
          onChange={(atStart) => setText({ ...text, atStart })}
          form={form}
        />
      ) : (
        <Paragraph>{tc.noStartData}</Paragraph>
      )}
      {!text.ongoing && withEndData ? (
        <SnapshotFields idPrefix="correct-end" title={tp.atEndTitle} value={text.atEnd} onChange={(atEnd) => setText({ ...text, atEnd })} form={form} />
      ) : null}
      <TextAreaField
        id="correct-reason"
        label={tc.reason}
        description={tc.reasonHint(REASON_MAX_LENGTH)}
        value={text.reason}
        maxLength={REASON_MAX_LENGTH}
        error={form.inline('correct-reason')}
        onChange={(e) => setText({ ...text, reason: e.target.value })}
      />
      <SubmitButtons busy={form.busy} label={tc.submit} busyLabel={t.money.saving} cancel={{ label: t.common.cancel, onClick: onClose }} />
    </FormDialog>
  );
}

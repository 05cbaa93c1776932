import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import { EXIT_REASONS, type Participation } from '../../../api/participantsTypes';
import { Paragraph, SelectField, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { SnapshotFields, useSnapshotTarget } from '../participation/SnapshotFields';
import { EMPTY_SNAPSHOT, checkEnd, type EndText } from '../participation/snapshotForm';
import { hasFollowUpConsent } from './consents';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormDialog } from '../../../forms/FormSection';
import { CodeOptions } from '../../../forms/NamedOptions';

interface Props {
  associationId: number;
  participation: Participation;
  onDone: () => void;
  onClose: () => void;
  onConflict: () => void;
}

/** Ends a participation: date, exit reason, and the at-end data when follow-up consent is in force. */
export function EndDialog({ associationId, participation, onDone, onClose, onConflict }: Props) {
  const { t } = useI18n();
  const tp = t.participation;
  const withConsent = hasFollowUpConsent(participation);
  const [text, setText] = useState<EndText>({ endedOn: formatDate(new Date()), exitReason: '', atEnd: EMPTY_SNAPSHOT });
  const snapshotTarget = useSnapshotTarget('end');
  const own: Record<string, { id: string; noun: string }> = {
    endedOn: { id: 'end-endedOn', noun: tp.endedOnNoun },
    exitReason: { id: 'end-exitReason', noun: tp.exitReasonNoun },
  };
  const form = useFormErrors((f) => own[f] ?? snapshotTarget(f), 'end-endedOn', onConflict);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkEnd(text, participation.version, withConsent);
    void form.submit(errors, async () => {
      await participantsApi.end(associationId, participation.id, body);
      onDone();
    });
  };
  return (
    <FormDialog id="end-title" title={tp.endTitle} onClose={onClose} summary={form.summary} onSubmit={onSubmit}>
      <TextField id="end-endedOn" label={tp.endedOn} description={t.money.dateHint} value={text.endedOn} error={form.inline('end-endedOn')} onChange={(e) => setText({ ...text, endedOn: e.target.value })} />
      <SelectField id="end-exitReason" label={tp.exitReason} value={text.exitReason} error={form.inline('end-exitReason')} onChange={(e) => setText({ ...text, exitReason: e.target.value })}>
        <option value="">{tp.choose}</option>
        <CodeOptions codes={EXIT_REASONS} name={(r) => tp.exitReasons[r]} />
      </SelectField>
      {withConsent ? (
        <SnapshotFields idPrefix="end" title={tp.atEndTitle} value={text.atEnd} onChange={(atEnd) => setText({ ...text, atEnd })} form={form} />
      ) : (
        <Paragraph>{tp.noConsentNote}</Paragraph>
      )}
      <SubmitButtons busy={form.busy} label={tp.submitEnd} busyLabel={t.money.saving} cancel={{ label: t.common.cancel, onClick: onClose }} />
    </FormDialog>
  );
}

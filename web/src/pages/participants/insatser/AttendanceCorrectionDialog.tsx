import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import type { Attendance } from '../../../api/participantsTypes';
import { Paragraph, TextAreaField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormDialog } from '../../../forms/FormSection';
import { REASON_MAX_LENGTH } from '../person/correctionForm';
import { AttendanceFields } from './AttendanceFields';
import { attendanceText, checkAttendanceCorrection, type AttendanceText } from './attendanceForm';

interface Props {
  associationId: number;
  row: Attendance;
  onDone: (on: string) => void;
  onClose: () => void;
  onConflict: () => void;
}

/** Corrects a recorded attendance row (day, counts, note) with a required reason, logged before → after. */
export function AttendanceCorrectionDialog({ associationId, row, onDone, onClose, onConflict }: Props) {
  const { t } = useI18n();
  const ta = t.catalogue.attendance;
  const [text, setText] = useState<AttendanceText>(() => attendanceText(row));
  const [reason, setReason] = useState('');
  const targets: Record<string, { id: string; noun: string }> = {
    on: { id: 'attendance-fix-on', noun: ta.onNoun },
    women: { id: 'attendance-fix-women', noun: ta.womenNoun },
    men: { id: 'attendance-fix-men', noun: ta.menNoun },
    reason: { id: 'attendance-fix-reason', noun: ta.reasonNoun },
    correction: { id: 'attendance-fix-reason', noun: ta.reasonNoun },
  };
  const form = useFormErrors((f) => targets[f] ?? null, 'attendance-fix-on', onConflict);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkAttendanceCorrection(text, reason, row.version, REASON_MAX_LENGTH);
    void form.submit(errors, async () => {
      await participantsApi.correctAttendance(associationId, row.insatsId, row.id, body);
      onDone(body.on);
    });
  };
  return (
    <FormDialog id="attendance-fix-title" title={ta.correctTitle} onClose={onClose} summary={form.summary} onSubmit={onSubmit}>
      <Paragraph>{ta.correctIntro}</Paragraph>
      <AttendanceFields idPrefix="attendance-fix" value={text} onChange={setText} form={form} />
      <TextAreaField
        id="attendance-fix-reason"
        label={ta.reason}
        value={reason}
        maxLength={REASON_MAX_LENGTH}
        error={form.inline('attendance-fix-reason')}
        onChange={(e) => setReason(e.target.value)}
      />
      <SubmitButtons busy={form.busy} label={ta.correctSubmit} busyLabel={t.money.saving} cancel={{ label: t.common.cancel, onClick: onClose }} />
    </FormDialog>
  );
}

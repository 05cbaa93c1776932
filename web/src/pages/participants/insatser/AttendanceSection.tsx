import { useState, type FormEvent } from 'react';
import { formatDate, formatNumber } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import type { Attendance, Insats } from '../../../api/participantsTypes';
import { Button, Heading, Paragraph } from '../../../ui';
import { AttendanceCorrectionDialog } from './AttendanceCorrectionDialog';
import { AttendanceFields } from './AttendanceFields';
import { DataTable } from '../../../tables/DataTable';
import { StatusMessage } from '../../../forms/StatusMessage';
import { useFormErrors } from '../../../forms/useFormErrors';
import { useKept } from '../../../hooks/useKept';
import { useReload } from '../../../hooks/useReload';
import { LoadError } from '../../../ui/LoadError';
import { EMPTY_ATTENDANCE, checkAttendance, type AttendanceText } from './attendanceForm';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { Section } from '../../../layout/Section';

interface Props {
  associationId: number;
  insats: Insats;
  canAdd: boolean;
}

/** Structural insatser: attendance per session (women, men) and a form to record one. */
export function AttendanceSection({ associationId, insats, canAdd }: Props) {
  const { t } = useI18n();
  const ta = t.catalogue.attendance;
  const [version, reload] = useReload();
  const loaded = useApiData((s) => participantsApi.attendance(associationId, insats.id, s), `${insats.id}:${version}`);
  const items = [...(useKept(loaded)?.items ?? [])].sort((a, b) => (a.on < b.on ? 1 : -1));
  const [text, setText] = useState<AttendanceText>(EMPTY_ATTENDANCE);
  const [status, setStatus] = useState('');
  const [fixing, setFixing] = useState<Attendance | null>(null);
  const targets: Record<string, { id: string; noun: string }> = {
    on: { id: 'attendance-on', noun: ta.onNoun },
    women: { id: 'attendance-women', noun: ta.womenNoun },
    men: { id: 'attendance-men', noun: ta.menNoun },
  };
  const form = useFormErrors((f) => targets[f] ?? null, 'attendance-on');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkAttendance(text);
    void form.submit(errors, async () => {
      await participantsApi.addAttendance(associationId, insats.id, body);
      setText(EMPTY_ATTENDANCE);
      setStatus(ta.added(body.on));
      reload();
    });
  };

  return (
    <Section id="attendance-title" title={ta.title} intro={ta.intro}>
      <StatusMessage text={status || (loaded.status === 'ok' ? ta.count(items.length) : '')} />
      {loaded.status === 'error' ? <LoadError code={loaded.code} /> : null}
      {loaded.status === 'ok' && items.length === 0 ? <Paragraph>{ta.none}</Paragraph> : null}
      {items.length > 0 ? (
        <DataTable
          id="attendance"
          caption={ta.caption}
          hideCaption
          columns={[
            { label: ta.on },
            { label: ta.women, num: true },
            { label: ta.men, num: true },
            { label: ta.total, num: true },
            { label: ta.note },
            ...(canAdd ? [{ label: ta.actions, className: 'no-print sticky-end' }] : []),
          ]}
          rows={items.map((a) => ({
            key: a.id,
            header: <span className="nowrap">{formatDate(a.on)}</span>,
            cells: [
              formatNumber(a.women),
              formatNumber(a.men),
              formatNumber(a.women + a.men),
              a.note,
              ...(canAdd
                ? [
                    <Button
                      key="fix"
                      variant="tertiary"
                      data-size="sm"
                      aria-label={ta.correctFor(formatDate(a.on))}
                      onClick={() => (setStatus(''), setFixing(a))}
                    >
                      {ta.correct}
                    </Button>,
                  ]
                : []),
            ],
          }))}
        />
      ) : null}
      {canAdd ? (
        <form className="form narrow form-section" noValidate onSubmit={onSubmit} aria-labelledby="attendance-form-title">
          <Heading level={3} data-size="sm" id="attendance-form-title">
            {ta.formTitle}
          </Heading>
          {form.summary}
          <AttendanceFields idPrefix="attendance" value={text} onChange={setText} form={form} />
          <SubmitButtons busy={form.busy} label={ta.submit} busyLabel={t.money.saving} />
        </form>
      ) : null}
      {fixing ? (
        <AttendanceCorrectionDialog
          associationId={associationId}
          row={fixing}
          onClose={() => setFixing(null)}
          onConflict={reload}
          onDone={(on) => (setFixing(null), setStatus(ta.corrected(on)), reload())}
        />
      ) : null}
    </Section>
  );
}

import { useState, type FormEvent } from 'react';
import { downloadFile, participationsCsvPath } from '../../../api';
import { saveFile } from '../../../download';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { usePermission } from '../../../session/usePermission';
import { Paragraph, TextField } from '../../../ui';
import { StatusMessage } from '../../../forms/StatusMessage';
import { useFormErrors } from '../../../forms/useFormErrors';
import { checkExportPeriod, thisYearPeriod } from './exportForm';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormSection } from '../../../forms/FormSection';

const TARGETS: Record<string, string> = { from: 'export-from', to: 'export-to' };

/**
 * The participant-level export (view_personal, the caller's scope): a period and the CSV. The file is
 * fetched first, so that the server's 422 is shown in the form; then it is saved under the server's name.
 */
export function ParticipationsExport({ associationId }: { associationId: number }) {
  const { t } = useI18n();
  const te = t.participationsExport;
  const allowed = usePermission('view_personal', associationId);
  const initial = thisYearPeriod(formatDate(new Date()));
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [done, setDone] = useState('');
  const nouns: Record<string, string> = { from: te.fromNoun, to: te.toNoun };
  const form = useFormErrors((f) => (TARGETS[f] ? { id: TARGETS[f], noun: nouns[f] ?? f } : null), 'export-from');
  if (!allowed) return null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    void form.submit(checkExportPeriod(from, to), async () => {
      const file = await downloadFile(participationsCsvPath(associationId, from.trim(), to.trim()));
      setDone(te.done(saveFile(file, 'deltaganden.csv')));
    });
  };

  return (
    <FormSection
      id="export-title"
      title={te.title}
      size="sm"
      sectionClass="no-print"
      formClass="filter-grid"
      labelForm
      intro={
        <>
          <Paragraph>{te.intro}</Paragraph>
          <Paragraph>
            <strong>{te.pseudonymised}</strong> {te.logged}
          </Paragraph>
        </>
      }
      after={<StatusMessage text={done} />}
      summary={form.summary}
      onSubmit={onSubmit}
    >
      <TextField label={te.from} description={t.money.dateHint} {...form.field('export-from', from, setFrom)} />
      <TextField label={te.to} description={t.money.dateHint} {...form.field('export-to', to, setTo)} />
      <SubmitButtons busy={form.busy} label={te.submit} busyLabel={te.busy} row />
    </FormSection>
  );
}

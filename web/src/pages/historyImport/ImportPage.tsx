import { useState, type FormEvent } from 'react';
import { importApi, importQuery, type ImportKind, type ImportReport } from '../../api/importApi';
import { FormSection } from '../../forms/FormSection';
import { StatusMessage } from '../../forms/StatusMessage';
import { SubmitButtons } from '../../forms/SubmitButtons';
import { useFormErrors } from '../../forms/useFormErrors';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button, FileField, Paragraph, TextField } from '../../ui';
import type { Association } from '../../api/types';
import { AssociationPage } from '../../layout/AssociationPage';
import { ImportReportView } from './ImportReportView';
import { MappingFields } from './MappingFields';
import { mappingChoice, readyToImport, type MappingChoice } from './importView';

const TARGETS: Record<string, string> = { file: 'import-file', consentFormReference: 'import-consent-form' };

/**
 * /deltagare/import: a förbund's participation history from its Excel files; /insatser/import: its insatser with
 * their budget per year; /medlemsavgifter/import: its own budgets of earlier years. The file is checked first
 * (every problem by row and column, the columns to choose); then imported all or nothing. Upload progress is shown.
 */
export function ImportPage({ kind }: { kind: ImportKind }) {
  const { t } = useI18n();
  const ti = t.historyImport;
  const title = kind === 'budgets' ? ti.budgets.title : kind === 'insatser' ? ti.insatser.title : ti.title;
  return <AssociationPage title={title}>{(a) => <ImportForm key={a.id} kind={kind} association={a} />}</AssociationPage>;
}

function ImportForm({ kind, association }: { kind: ImportKind; association: Association }) {
  const { t } = useI18n();
  const ti = t.historyImport;
  const tk = ti.insatser;
  const tb = ti.budgets;
  const insatser = kind === 'insatser';
  const budgets = kind === 'budgets';
  const [file, setFile] = useState<File | null>(null);
  const [consentForm, setConsentForm] = useState('');
  const [choice, setChoice] = useState<MappingChoice | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [rowsRead, setRowsRead] = useState(0);
  const [status, setStatus] = useState('');
  const nouns: Record<string, string> = { file: ti.fileNoun, consentFormReference: ti.consentFormNoun };
  const form = useFormErrors((f) => (TARGETS[f] ? { id: TARGETS[f], noun: nouns[f] ?? f } : null), 'import-file');

  const statusOf = (answer: ImportReport): string => {
    if (answer.problemCount > 0 && !answer.imported) return ti.found(answer.problemCount);
    if (budgets) {
      if (answer.imported) return tb.done(answer.toImport);
      return readyToImport(answer) ? tb.ready(answer.toImport) : tb.nothingNew;
    }
    if (insatser) {
      if (answer.imported) return tk.done(answer.toImport, answer.budgetYears);
      return readyToImport(answer) ? tk.ready(answer.toImport, answer.budgetYears) : tk.nothingNew;
    }
    if (answer.imported) return ti.done(answer.toImport);
    return answer.toImport > 0 ? ti.ready(answer.toImport) : ti.nothingNew;
  };

  const send = (dryRun: boolean) => {
    setStatus('');
    void form.submit(file ? [] : [{ field: 'file', code: 'required' }], async () => {
      if (!file) return;
      setProgress(0);
      setRowsRead(0);
      try {
        const answer = await importApi.upload(
          kind,
          association.id,
          file,
          importQuery(kind, dryRun, consentForm, choice),
          (sent) => setProgress(sent),
          (rows) => setRowsRead(rows),
        );
        setReport(answer);
        setChoice(mappingChoice(kind, answer));
        setStatus(statusOf(answer));
      } finally {
        setProgress(null);
      }
    });
  };

  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    send(true);
  };

  const sending = progress !== null && progress < 1;
  return (
    <>
      <FormSection
        id="import-file-title"
        title={ti.fileTitle}
        size="sm"
        labelForm
        intro={
          <>
            <Paragraph>{budgets ? tb.intro : insatser ? tk.intro : ti.intro}</Paragraph>
            <Paragraph>
              <strong>{budgets ? tb.note : insatser ? tk.note : ti.privacy}</strong>
            </Paragraph>
          </>
        }
        summary={form.summary}
        onSubmit={onCheck}
      >
        <FileField
          id="import-file"
          label={ti.file}
          description={ti.fileHint}
          accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          error={form.inline('import-file')}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setReport(null);
            setChoice(null);
            setStatus('');
          }}
        />
        {kind !== 'participations' ? null : (
          <TextField label={ti.consentForm} description={ti.consentFormHint} {...form.field('import-consent-form', consentForm, setConsentForm)} />
        )}
        {report && choice ? <MappingFields kind={kind} header={report.header} choice={choice} onChange={setChoice} /> : null}
        {progress !== null ? (
          <div className="upload-progress">
            <label htmlFor="import-progress">
              {sending ? ti.sending(Math.round(progress * 100)) : rowsRead > 0 ? ti.rowsRead(formatNumber(rowsRead)) : ti.checking}
            </label>
            <progress id="import-progress" max={1} value={sending ? progress : undefined} />
          </div>
        ) : null}
        <SubmitButtons busy={form.busy} label={report ? ti.checkAgain : ti.check} busyLabel={ti.checking} row />
      </FormSection>
      <StatusMessage text={status} />
      {report ? <ImportReportView kind={kind} report={report} /> : null}
      {report && readyToImport(report) ? (
        <div className="form-buttons">
          <Button type="button" aria-disabled={form.busy || undefined} onClick={() => !form.busy && send(false)}>
            {form.busy
              ? budgets
                ? tb.importing
                : insatser
                  ? tk.importing
                  : ti.importing
              : budgets
                ? tb.submit(report.toImport)
                : insatser
                  ? tk.submit(report.toImport, report.budgetYears)
                  : ti.submit(report.toImport)}
          </Button>
        </div>
      ) : null}
    </>
  );
}

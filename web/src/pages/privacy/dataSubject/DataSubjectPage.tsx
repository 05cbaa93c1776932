import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../../../api';
import { saveFile } from '../../../download';
import { useI18n } from '../../../i18n/I18nProvider';
import type { RegisterExtract } from '../../../api/privacyTypes';
import type { Association } from '../../../api/types';
import { Heading, Paragraph, TextField } from '../../../ui';
import { AssociationPage } from '../../../layout/AssociationPage';
import { StatusMessage } from '../../../forms/StatusMessage';
import { useFormErrors } from '../../../forms/useFormErrors';
import { ExtractView } from './ExtractView';
import { SubjectActions } from './SubjectActions';
import { SubmitButtons } from '../../../forms/SubmitButtons';

/** Registerutdrag: the controller contact answers a person's requests (GDPR art. 15–18) for its party. */
export function DataSubjectPage() {
  const { t } = useI18n();
  return <AssociationPage title={t.dataSubject.title}>{(a) => <DataSubjectContent association={a} />}</AssociationPage>;
}

function DataSubjectContent({ association }: { association: Association }) {
  const { t } = useI18n();
  const td = t.dataSubject;
  const [personnummer, setPersonnummer] = useState('');
  /** The number the shown extract is for (the field may have changed since). */
  const [shownFor, setShownFor] = useState('');
  const [extract, setExtract] = useState<RegisterExtract | null>(null);
  const [status, setStatus] = useState('');
  const form = useFormErrors((field) => (field === 'personnummer' ? { id: 'subject-personnummer', noun: td.personnummerNoun } : null), 'subject-personnummer');

  const load = async (pnr: string) => {
    try {
      setExtract(await api.registerExtract(association.id, pnr));
      setShownFor(pnr);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        setExtract(null);
        setStatus(td.notFound);
        return;
      }
      throw error;
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const errors = personnummer.trim() === '' ? [{ field: 'personnummer', code: 'personnummer_required' }] : [];
    void form.submit(errors, () => load(personnummer.trim()));
  };

  const done = async (text: string, erased = false) => {
    if (erased) {
      setExtract(null);
      setPersonnummer('');
    } else {
      await load(shownFor);
    }
    setStatus(text);
  };

  return (
    <>
      <Paragraph>{td.intro}</Paragraph>
      <StatusMessage text={status} />
      <form className="form narrow" noValidate onSubmit={onSubmit} aria-labelledby="subject-search-title">
        <Heading level={2} data-size="md" id="subject-search-title">
          {td.searchTitle}
        </Heading>
        {form.summary}
        <TextField label={td.personnummer} description={td.personnummerHint} autoComplete="off" inputMode="numeric" {...form.field('subject-personnummer', personnummer, setPersonnummer)} />
        <SubmitButtons busy={form.busy} label={td.show} />
      </form>
      {extract ? (
        <>
          <ExtractView
            extract={extract}
            onPdf={async () => {
              const file = await api.registerExtractPdf(association.id, shownFor);
              setStatus(td.pdfSaved(saveFile(file, 'registerutdrag.pdf')));
            }}
          />
          <SubjectActions associationId={association.id} personnummer={shownFor} extract={extract} onDone={done} />
        </>
      ) : null}
    </>
  );
}

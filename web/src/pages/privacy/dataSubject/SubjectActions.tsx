import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import type { RegisterExtract } from '../../../api/privacyTypes';
import { Button, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormSection } from '../../../forms/FormSection';

interface Props {
  associationId: number;
  personnummer: string;
  extract: RegisterExtract;
  onDone: (text: string, erased?: boolean) => Promise<void>;
}

/** Rectification, restriction and erasure, each with its reason (GDPR art. 16–18). */
export function SubjectActions({ associationId, personnummer, extract, onDone }: Props) {
  return (
    <>
      <RectifyForm associationId={associationId} personnummer={personnummer} extract={extract} onDone={onDone} />
      <RestrictForm associationId={associationId} personnummer={personnummer} extract={extract} onDone={onDone} />
      <EraseForm associationId={associationId} personnummer={personnummer} extract={extract} onDone={onDone} />
    </>
  );
}

function RectifyForm({ associationId, personnummer, extract, onDone }: Props) {
  const { t } = useI18n();
  const td = t.dataSubject;
  const [name, setName] = useState('');
  const [kommunCode, setKommunCode] = useState('');
  const [reason, setReason] = useState('');
  const targets: Record<string, { id: string; noun: string }> = {
    name: { id: 'rectify-name', noun: td.nameNoun },
    kommunCode: { id: 'rectify-kommun', noun: td.kommunNoun },
    reason: { id: 'rectify-reason', noun: td.reasonNoun },
  };
  const form = useFormErrors((field) => targets[field] ?? null, 'rectify-name');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors = [];
    if (name.trim() === '' && kommunCode.trim() === '') errors.push({ field: 'name', code: 'required' });
    if (reason.trim() === '') errors.push({ field: 'reason', code: 'required' });
    void form.submit(errors, async () => {
      await api.rectify(associationId, {
        personnummer,
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(kommunCode.trim() ? { kommunCode: kommunCode.trim() } : {}),
        reason: reason.trim(),
      });
      setName('');
      setKommunCode('');
      setReason('');
      await onDone(td.rectified);
    });
  };
  return (
    <FormSection
      id="rectify-title"
      title={td.rectifyTitle}
      formClass="narrow"
      intro={td.rectifyIntro(extract.person.name || td.noName, extract.person.kommunCode)}
      summary={form.summary}
      onSubmit={onSubmit}
    >
      <TextField label={td.newName} autoComplete="off" {...form.field('rectify-name', name, setName)} />
      <TextField label={td.newKommun} description={td.kommunHint} inputMode="numeric" autoComplete="off" {...form.field('rectify-kommun', kommunCode, setKommunCode)} />
      <TextField label={td.reason} description={td.reasonHint} autoComplete="off" {...form.field('rectify-reason', reason, setReason)} />
      <SubmitButtons busy={form.busy} label={td.rectify} />
    </FormSection>
  );
}

function RestrictForm({ associationId, personnummer, extract, onDone }: Props) {
  const { t } = useI18n();
  const td = t.dataSubject;
  const [reason, setReason] = useState('');
  const restricted = extract.person.restricted;
  const form = useFormErrors((field) => (field === 'reason' ? { id: 'restrict-reason', noun: td.reasonNoun } : null), 'restrict-reason');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors = reason.trim() === '' ? [{ field: 'reason', code: 'required' }] : [];
    void form.submit(errors, async () => {
      await api.restrictProcessing(associationId, personnummer, !restricted, reason.trim());
      setReason('');
      await onDone(restricted ? td.lifted : td.restrictedDone);
    });
  };
  return (
    <FormSection
      id="restrict-title"
      title={td.restrictTitle}
      formClass="narrow"
      intro={restricted ? td.restrictLiftIntro : td.restrictIntro}
      summary={form.summary}
      onSubmit={onSubmit}
    >
      <TextField label={td.reason} description={td.reasonHint} autoComplete="off" {...form.field('restrict-reason', reason, setReason)} />
      <SubmitButtons busy={form.busy} label={restricted ? td.lift : td.restrict} variant="secondary" />
    </FormSection>
  );
}

function EraseForm({ associationId, personnummer, onDone }: Props) {
  const { t } = useI18n();
  const td = t.dataSubject;
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const form = useFormErrors((field) => (field === 'reason' ? { id: 'erase-reason', noun: td.reasonNoun } : null), 'erase-reason');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors = reason.trim() === '' ? [{ field: 'reason', code: 'required' }] : [];
    void form.submit(errors, async () => setConfirming(true));
  };
  return (
    <FormSection
      id="erase-title"
      title={td.eraseTitle}
      formClass="narrow"
      intro={td.eraseIntro}
      summary={form.summary}
      onSubmit={onSubmit}
      after={
        confirming ? (
          <ConfirmDialog
            title={td.eraseConfirmTitle}
            text={td.eraseConfirmText}
            confirmLabel={td.eraseConfirm}
            onClose={() => setConfirming(false)}
            onConfirm={async () => {
              await api.eraseSubject(associationId, personnummer, reason.trim());
              setConfirming(false);
              setReason('');
              await onDone(td.erased, true);
            }}
          />
        ) : null
      }
    >
      <TextField label={td.reason} description={td.reasonHint} autoComplete="off" {...form.field('erase-reason', reason, setReason)} />
      <div>
        <Button type="submit" data-color="danger" variant="secondary">
          {td.erase}
        </Button>
      </div>
    </FormSection>
  );
}

import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api';
import { participantsApi } from '../../../api/participants';
import { fieldError } from '../../../forms/fieldErrors';
import type { Participation } from '../../../api/participantsTypes';
import { StatusMessage } from '../../../forms/StatusMessage';
import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import { Button, SelectField } from '../../../ui';
import { useSessionInfo } from '../shared/useSessionInfo';

interface Props {
  associationId: number;
  participation: Participation;
  /** After a save or a conflict: the page reads the participation again. */
  onChanged: () => void;
}

/**
 * Who is responsible for an ongoing participation ("mine" in the caseload): chosen among the insats's staff who see
 * its participants, or no one. Any koordinator of the insats may set it, for themselves or a colleague.
 */
export function ResponsibleForm({ associationId, participation: p, onChanged }: Props) {
  const { t } = useI18n();
  const tr = t.person.responsible;
  const session = useSessionInfo();
  const candidates = useApiData((s) => participantsApi.responsibleCandidates(associationId, p.insatsId, s), `${associationId}:${p.insatsId}`);
  const current = p.responsibleUserId === null ? '' : String(p.responsibleUserId);
  const [chosen, setChosen] = useState(current);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const items = candidates.status === 'ok' ? candidates.data.items : [];
  const id = `responsible-${p.id}`;
  const nameOf = (userId: number) => {
    const found = items.find((c) => c.userId === userId);
    if (!found) return tr.colleague;
    return userId === session?.user.id ? tr.you(found.displayName) : found.displayName;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || chosen === current) return;
    setBusy(true);
    setStatus('');
    const responsibleUserId = chosen === '' ? null : Number(chosen);
    try {
      await participantsApi.assignResponsibility(associationId, p.id, { responsibleUserId, version: p.version });
      setStatus(responsibleUserId === null ? tr.cleared : responsibleUserId === session?.user.id ? tr.savedYou : tr.saved(nameOf(responsibleUserId)));
    } catch (error) {
      // A refusal in its own words (the person no longer sees the insats, say); anything else: try again.
      const first = error instanceof ApiError ? error.fieldErrors[0] : undefined;
      setStatus(first ? fieldError(t, first.field, first.code, tr.label.toLowerCase()) : tr.failed);
      setChosen(current);
    } finally {
      setBusy(false);
    }
    onChanged();
  };

  return (
    <form className="responsible-form" onSubmit={(e) => void onSubmit(e)}>
      <SelectField id={id} label={tr.label} description={tr.hint} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">{tr.none}</option>
        {/* Someone who had it and no longer sees the insats stays shown until it is changed. */}
        {current !== '' && !items.some((c) => String(c.userId) === current) ? <option value={current}>{tr.colleague}</option> : null}
        {items.map((c) => (
          <option key={c.userId} value={String(c.userId)}>
            {nameOf(c.userId)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" data-size="sm" aria-disabled={busy || chosen === current || undefined}>
        {tr.save}
      </Button>
      <StatusMessage text={status} />
    </form>
  );
}

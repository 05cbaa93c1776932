import { useState, type FormEvent } from 'react';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../../api/accessTypes';
import { useI18n } from '../../../i18n/I18nProvider';
import { Button, SelectField, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { actionName, entityName } from '../../../i18n/auditFields';
import { EMPTY_FILTER, checkAuditFilter, type AuditFilter } from './auditQuery';
import { FormSection } from '../../../forms/FormSection';
import { CodeOptions } from '../../../forms/NamedOptions';

interface Props {
  initial: AuditFilter;
  onApply: (filter: AuditFilter) => void;
}

/** The audit log's filter, checked on submit (dates) and sent to the server, which filters and pages. */
export function AuditFilterForm({ initial, onApply }: Props) {
  const { t } = useI18n();
  const ta = t.audit;
  const [draft, setDraft] = useState(initial);
  const targets: Record<string, { id: string; noun: string }> = {
    from: { id: 'audit-from', noun: ta.fromNoun },
    to: { id: 'audit-to', noun: ta.toNoun },
  };
  const form = useFormErrors((field) => targets[field] ?? null, 'audit-from');
  const set = (key: keyof AuditFilter) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(checkAuditFilter(draft), async () => onApply(draft));
  };
  const onReset = () => {
    form.clear();
    setDraft(EMPTY_FILTER);
    onApply(EMPTY_FILTER);
  };

  return (
    <FormSection id="audit-filter-title" title={ta.filterTitle} size="sm" formClass="filter-grid" summary={form.summary} onSubmit={onSubmit}>
      <SelectField id="audit-action" label={ta.action} value={draft.action} onChange={set('action')}>
        <option value="">{ta.allActions}</option>
        <CodeOptions codes={AUDIT_ACTIONS} name={(a) => actionName(t, a)} />
      </SelectField>
      <TextField id="audit-username" label={ta.username} autoComplete="off" value={draft.username} onChange={set('username')} />
      <SelectField id="audit-entity" label={ta.entity} value={draft.entity} onChange={set('entity')}>
        <option value="">{ta.allEntities}</option>
        <CodeOptions codes={AUDIT_ENTITIES} name={(e) => entityName(t, e)} />
      </SelectField>
      <TextField id="audit-entityId" label={ta.entityId} value={draft.entityId} onChange={set('entityId')} />
      <TextField id="audit-from" label={ta.from} description={t.money.dateHint} value={draft.from} error={form.inline('audit-from')} onChange={set('from')} />
      <TextField id="audit-to" label={ta.to} description={t.money.dateHint} value={draft.to} error={form.inline('audit-to')} onChange={set('to')} />
      <div className="form-buttons">
        <Button type="submit">{ta.apply}</Button>
        <Button type="button" variant="secondary" onClick={onReset}>
          {ta.reset}
        </Button>
      </div>
    </FormSection>
  );
}

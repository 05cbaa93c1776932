import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import { checkPersonnummer } from '../../../personnummer';
import { navigate } from '../../../router';
import { paths } from '../../../routes';
import { AppLink, Paragraph, TextField } from '../../../ui';
import { usePermission } from '../../../session/usePermission';
import { useFormErrors } from '../../../forms/useFormErrors';
import { PageFrame } from '../shared/PageFrame';
import { useCurrentAssociation } from '../shared/useCurrentAssociation';
import { ParticipationsExport } from './ParticipationsExport';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { Section } from '../../../layout/Section';
import { CaseloadSection } from '../caseload/CaseloadSection';

/**
 * /deltagare: the caseload (the ongoing participants of the user's insatser); finding a person by personnummer,
 * sent in a POST body (never in the URL), then going to them; and the pseudonymised participant-level export.
 */
export function PersonSearchPage() {
  const { t } = useI18n();
  const tp = t.person;
  const { association, failure } = useCurrentAssociation();
  const mayImport = usePermission('manage_participants', association?.id ?? null);
  const [text, setText] = useState('');
  const form = useFormErrors((f) => (f === 'personnummer' ? { id: 'person-search', noun: tp.searchNoun } : null), 'person-search');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkPersonnummer(text);
    void form.submit(check.ok ? [] : [{ field: 'personnummer', code: check.code }], async () => {
      if (!check.ok || !association) return;
      try {
        const { personId } = await participantsApi.searchPerson(association.id, check.normalized);
        setText('');
        navigate(paths.person(personId));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) {
          throw new ApiError(422, 'validation_failed', [{ field: 'personnummer', code: 'not_found' }]);
        }
        throw error;
      }
    });
  };

  return (
    <PageFrame title={tp.searchTitle} failure={failure} loading={!association && !failure}>
      {association ? <CaseloadSection associationId={association.id} /> : null}
      <Section id="person-search-title" title={tp.searchHeading} intro={tp.searchIntro}>
        <form className="form narrow" noValidate onSubmit={onSubmit} autoComplete="off" role="search" aria-label={tp.searchHeading}>
          {form.summary}
          <TextField label={tp.searchLabel} description={tp.searchHint} inputMode="numeric" autoComplete="off" spellCheck={false} {...form.field('person-search', text, setText)} />
          <SubmitButtons busy={form.busy} label={tp.searchSubmit} />
        </form>
      </Section>
      {association ? <ParticipationsExport associationId={association.id} /> : null}
      {association && mayImport ? (
        <Section id="history-import-title" title={t.historyImport.title}>
          <Paragraph>
            <AppLink to={paths.historyImport}>{t.historyImport.link}</AppLink>
          </Paragraph>
        </Section>
      ) : null}
    </PageFrame>
  );
}

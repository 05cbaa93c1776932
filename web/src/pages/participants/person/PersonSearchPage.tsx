import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../participantsApi';
import { checkPersonnummer } from '../../../personnummer';
import { navigate } from '../../../router';
import { paths } from '../../../routes';
import { Button, Paragraph, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { PageFrame } from '../shared/PageFrame';
import { useCurrentAssociation } from '../shared/useCurrentAssociation';
import { ParticipationsExport } from './ParticipationsExport';

/**
 * /deltagare: find a person by personnummer, sent in a POST body (never in the URL), then go to them;
 * and the pseudonymised participant-level export.
 */
export function PersonSearchPage() {
  const { t } = useI18n();
  const tp = t.person;
  const { association, failure } = useCurrentAssociation();
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
      <Paragraph>{tp.searchIntro}</Paragraph>
      <form className="form narrow" noValidate onSubmit={onSubmit} autoComplete="off" role="search" aria-label={tp.searchTitle}>
        {form.summary}
        <TextField
          id="person-search"
          label={tp.searchLabel}
          description={tp.searchHint}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={text}
          error={form.inline('person-search')}
          onChange={(e) => setText(e.target.value)}
        />
        <div>
          <Button type="submit" aria-disabled={form.busy || undefined}>
            {tp.searchSubmit}
          </Button>
        </div>
      </form>
      {association ? <ParticipationsExport associationId={association.id} /> : null}
    </PageFrame>
  );
}

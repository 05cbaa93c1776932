import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import type { Person } from '../../../api/participantsTypes';
import { formatPersonnummer } from '../../../personnummer';
import { Button, Paragraph } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { Facts } from '../shared/Facts';
import type { Lookups } from '../shared/useLookups';

interface Props {
  associationId: number;
  person: Person;
  lookups: Lookups;
  /** After the logged read (so the access history shows it). */
  onRevealed: () => void;
}

/** The person's facts; the full personnummer only after "Visa personnummer" (a logged POST), kept in memory only. */
export function IdentityFacts({ associationId, person, lookups, onRevealed }: Props) {
  const { t } = useI18n();
  const tp = t.person;
  const [full, setFull] = useState<string | null>(null);
  const form = useFormErrors(() => null, 'person-reveal');
  const reveal = () =>
    void form.submit([], async () => {
      const identity = await participantsApi.identity(associationId, person.id);
      setFull(formatPersonnummer(identity.personnummer));
      onRevealed();
    });

  return (
    <>
      <Facts
        label={tp.facts}
        items={[
          [tp.personnummer, <span className="nowrap" id="person-personnummer">{full ?? person.maskedPersonnummer}</span>],
          [tp.name, person.name],
          [tp.gender, tp.genders[person.gender] ?? person.gender],
          [tp.birthYear, String(person.birthYear)],
          [tp.kommun, lookups.kommunName(person.kommunCode)],
        ]}
      />
      {form.summary}
      <p role="status" className="status-message">
        {full ? tp.revealed : ''}
      </p>
      {full ? null : (
        <div className="reveal">
          <Button id="person-reveal" variant="secondary" aria-describedby="person-reveal-hint" aria-disabled={form.busy || undefined} onClick={reveal}>
            {tp.reveal}
          </Button>
          <Paragraph id="person-reveal-hint" className="hint" data-size="sm">
            {tp.revealHint}
          </Paragraph>
        </div>
      )}
    </>
  );
}

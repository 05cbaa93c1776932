import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Consent, Participation } from '../../../api/participantsTypes';
import { DataTable } from '../../../tables/DataTable';
import { NoValue } from '../../../tables/NoValue';
import { Button, Heading, Paragraph } from '../../../ui';
import { Facts } from '../shared/Facts';
import type { Lookups } from '../shared/useLookups';
import { isActive } from './consents';
import { ResponsibleForm } from './ResponsibleForm';
import { SnapshotFacts } from './SnapshotFacts';

interface Props {
  associationId: number;
  participation: Participation;
  lookups: Lookups;
  canManage: boolean;
  onAddConsent: () => void;
  onWithdraw: (consent: Consent) => void;
  onEnd: () => void;
  onCorrect: () => void;
  /** After who is responsible changed (or a conflict): the page reads the person again. */
  onChanged: () => void;
}

/** One participation: dates, exit reason, who is responsible (while it runs), the data recorded at start and end, its
 * consents (withdraw each), add consent, end, correct. */
export function ParticipationCard({ associationId, participation: p, lookups, canManage, onAddConsent, onWithdraw, onEnd, onCorrect, onChanged }: Props) {
  const { t } = useI18n();
  const tp = t.person;
  const insats = lookups.insatsName(p.insatsId);
  const headingId = `participation-${p.id}`;
  const consents = p.consents ?? [];
  const corrections = p.corrections ?? [];
  const withdrawal = (c: Consent) =>
    !isActive(c) ? (
      <span className="nowrap">{formatDate(c.withdrawnOn ?? '')}</span>
    ) : canManage ? (
      <Button variant="tertiary" data-size="sm" aria-label={tp.withdrawFor(tp.purposes[c.purpose])} onClick={() => onWithdraw(c)}>
        {tp.withdraw}
      </Button>
    ) : (
      tp.active
    );
  return (
    <section className="participation" aria-labelledby={headingId}>
      <Heading level={3} data-size="sm" id={headingId}>
        {tp.participationTitle(insats, formatDate(p.startedOn))}
      </Heading>
      <Facts
        label={tp.participationTitle(insats, formatDate(p.startedOn))}
        items={[
          [tp.startedOn, formatDate(p.startedOn)],
          [tp.endedOn, p.endedOn ? formatDate(p.endedOn) : tp.ongoing],
          ...(p.exitReason ? [[tp.exitReason, t.participation.exitReasons[p.exitReason]] as [string, string]] : []),
        ]}
      />
      {canManage && p.endedOn === null ? <ResponsibleForm associationId={associationId} participation={p} onChanged={onChanged} /> : null}
      {p.atStart ? <SnapshotFacts id={`${headingId}-start`} title={t.participation.atStartTitle} snapshot={p.atStart} /> : null}
      {p.atEnd ? <SnapshotFacts id={`${headingId}-end`} title={t.participation.atEndTitle} snapshot={p.atEnd} /> : null}
      {consents.length === 0 ? (
        <Paragraph>{tp.consentsNone}</Paragraph>
      ) : (
        <DataTable
          id={`${headingId}-consents`}
          caption={tp.consentsCaption(insats)}
          columns={[
            { label: tp.purpose },
            { label: tp.party },
            { label: tp.givenOn, cellClassName: 'nowrap' },
            { label: tp.formReference },
            { label: tp.withdrawnOn },
          ]}
          rows={consents.map((c) => ({
            key: c.id,
            header: tp.purposes[c.purpose],
            cells: [
              c.partyMemberId === null ? <NoValue label={t.money.none} /> : lookups.memberName(c.partyMemberId),
              formatDate(c.givenOn),
              c.formReference,
              withdrawal(c),
            ],
          }))}
        />
      )}
      {corrections.length > 0 ? (
        <DataTable
          id={`${headingId}-corrections`}
          caption={tp.correction.caption(insats)}
          columns={[{ label: tp.correction.correctedOn, cellClassName: 'nowrap' }, { label: tp.correction.reasonColumn }]}
          rows={corrections.map((c) => ({
            key: c.id,
            header: formatDate(c.correctedOn),
            cells: [c.reason === '' ? <NoValue label={tp.correction.reasonRemoved} /> : c.reason],
          }))}
        />
      ) : null}
      {canManage ? (
        <div className="form-buttons">
          <Button variant="secondary" data-size="sm" onClick={onAddConsent}>
            {tp.addConsent}
          </Button>
          {p.endedOn === null ? (
            <Button variant="secondary" data-size="sm" onClick={onEnd}>
              {tp.end}
            </Button>
          ) : null}
          <Button variant="tertiary" data-size="sm" onClick={onCorrect}>
            {tp.correction.open}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

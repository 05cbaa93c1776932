import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Consent, Participation } from '../../../participantsTypes';
import { Button, Heading, Paragraph, Table } from '../../../ui';
import { NoValue } from '../../../tables/NoValue';
import { Facts } from '../shared/Facts';
import type { Lookups } from '../shared/useLookups';
import { isActive } from './consents';

interface Props {
  participation: Participation;
  lookups: Lookups;
  canManage: boolean;
  onAddConsent: () => void;
  onWithdraw: (consent: Consent) => void;
  onEnd: () => void;
}

/** One participation: dates, exit reason, its consents (withdraw each), add consent, end. */
export function ParticipationCard({ participation: p, lookups, canManage, onAddConsent, onWithdraw, onEnd }: Props) {
  const { t } = useI18n();
  const tp = t.person;
  const insats = lookups.insatsName(p.insatsId);
  const headingId = `participation-${p.id}`;
  const consents = p.consents ?? [];
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
      {consents.length === 0 ? (
        <Paragraph>{tp.consentsNone}</Paragraph>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={`${headingId}-consents`} tabIndex={0}>
          <Table zebra border className="data-table">
            <caption id={`${headingId}-consents`}>{tp.consentsCaption(insats)}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{tp.purpose}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{tp.party}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{tp.givenOn}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{tp.formReference}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{tp.withdrawnOn}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {consents.map((c) => (
                <Table.Row key={c.id}>
                  <Table.HeaderCell scope="row">{tp.purposes[c.purpose]}</Table.HeaderCell>
                  <Table.Cell>{c.partyMemberId === null ? <NoValue label={t.money.none} /> : lookups.memberName(c.partyMemberId)}</Table.Cell>
                  <Table.Cell className="nowrap">{formatDate(c.givenOn)}</Table.Cell>
                  <Table.Cell>{c.formReference}</Table.Cell>
                  <Table.Cell>
                    {!isActive(c) ? (
                      <span className="nowrap">{formatDate(c.withdrawnOn ?? '')}</span>
                    ) : canManage ? (
                      <Button variant="tertiary" data-size="sm" aria-label={tp.withdrawFor(tp.purposes[c.purpose])} onClick={() => onWithdraw(c)}>
                        {tp.withdraw}
                      </Button>
                    ) : (
                      tp.active
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
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
        </div>
      ) : null}
    </section>
  );
}

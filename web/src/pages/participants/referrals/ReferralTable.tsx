import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Referral } from '../../../api/participantsTypes';
import { DataTable } from '../../../tables/DataTable';
import { NoValue } from '../../../tables/NoValue';
import type { Lookups } from '../shared/useLookups';

interface Props {
  id: string;
  caption: string;
  referrals: Referral[];
  lookups: Lookups;
  /** Show the masked personnummer and name (not on the person's own page). */
  showPerson?: boolean;
}

/** Referrals with their state: date, insats, (person), state, place in the queue, decided, return reason. */
export function ReferralTable({ id, caption, referrals, lookups, showPerson = false }: Props) {
  const { t } = useI18n();
  const tr = t.referrals;
  const none = <NoValue label={t.money.none} />;
  const state = (r: Referral) =>
    [tr.states[r.state] ?? r.state, r.eligibilityOverridden ? `(${tr.overridden})` : ''].filter(Boolean).join(' ');
  // While waiting: the place in the insats's queue and the expected start.
  const queue = (r: Referral) =>
    r.position === undefined
      ? none
      : r.expectedStart
        ? tr.queuePlace(r.position, formatDate(r.expectedStart))
        : tr.queuePlaceUnknownStart(r.position);
  const reasonName = (r: Referral) =>
    r.returnReason && Object.hasOwn(tr.returnReasons, r.returnReason) ? tr.returnReasons[r.returnReason as keyof typeof tr.returnReasons] : r.returnReason;
  /** "Annat skäl" with its explanation, when there is one. */
  const reason = (r: Referral) => (r.returnNote ? `${reasonName(r) ?? ''}: ${r.returnNote}` : reasonName(r));
  return (
    <DataTable
      id={id}
      caption={caption}
      hideCaption
      columns={[
        { label: tr.columns.referredOn },
        { label: tr.columns.insats },
        ...(showPerson ? [{ label: tr.columns.person }] : []),
        { label: tr.columns.state },
        { label: tr.columns.queue },
        { label: tr.columns.decidedOn },
        { label: tr.columns.returnReason },
      ]}
      rows={referrals.map((r) => ({
        key: r.id,
        header: <span className="nowrap">{formatDate(r.referredOn)}</span>,
        cells: [
          lookups.insatsName(r.insatsId),
          ...(showPerson ? [<>{r.name} <span className="nowrap">{r.maskedPersonnummer}</span></>] : []),
          state(r),
          queue(r),
          r.decidedOn ? <span className="nowrap">{formatDate(r.decidedOn)}</span> : none,
          reason(r) ?? none,
        ],
      }))}
    />
  );
}

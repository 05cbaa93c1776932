import { formatNumber } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import { participantsApi } from '../../api/participants';
import { REFERRAL_STATES, type ReferralState } from '../../api/participantsTypes';
import { paths } from '../../routes';
import { referralsByState, summaryByState } from './dashboard';
import { FigureList } from './FigureList';
import { Loaded } from './Loaded';
import { StartSection } from './StartSection';

interface Props {
  associationId: number;
  userId: number;
  /**
   * Count from the referral summary (no person read): true when the summary holds the user's own
   * referrals only (myReferralsFromSummary); else from the list, filtered to the user's own.
   */
  fromSummary: boolean;
}

/** Remittent: the referrals they sent, counted by state, with the way to the list and to a new referral. */
export function MyReferralsSection({ associationId, userId, fromSummary }: Props) {
  const { t } = useI18n();
  const tm = t.dashboard.myReferrals;
  const counts = useApiData(
    async (signal): Promise<Record<ReferralState, number>> =>
      fromSummary
        ? summaryByState((await participantsApi.referralSummary(associationId, signal)).items)
        : referralsByState((await participantsApi.referrals(associationId, signal)).items, userId),
    `${associationId}-${userId}-${fromSummary}`,
  );
  return (
    <StartSection
      id="start-referrals"
      title={tm.title}
      links={[
        { to: paths.myReferrals, label: tm.more },
        { to: paths.refer, label: tm.newReferral },
      ]}
    >
      <Loaded data={counts}>
        {(byState) => {
          const total = REFERRAL_STATES.reduce((n, s) => n + byState[s], 0);
          return (
            <FigureList
              label={tm.title}
              items={[
                ...REFERRAL_STATES.map((s) => ({ key: `referrals-${s}`, label: t.referrals.states[s], value: formatNumber(byState[s]) })),
                { key: 'referrals-total', label: tm.total, value: formatNumber(total) },
              ]}
            />
          );
        }}
      </Loaded>
    </StartSection>
  );
}

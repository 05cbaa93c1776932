import { formatNumber } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import { participantsApi } from '../../participantsApi';
import { REFERRAL_STATES } from '../../participantsTypes';
import { paths } from '../../routes';
import { referralsByState } from './dashboard';
import { FigureList } from './FigureList';
import { Loaded } from './Loaded';
import { StartSection } from './StartSection';

/** Remittent: the referrals they sent, counted by state, with the way to the list and to a new referral. */
export function MyReferralsSection({ associationId, userId }: { associationId: number; userId: number }) {
  const { t } = useI18n();
  const tm = t.dashboard.myReferrals;
  const referrals = useApiData((signal) => participantsApi.referrals(associationId, signal), associationId);
  return (
    <StartSection
      id="start-referrals"
      title={tm.title}
      links={[
        { to: paths.myReferrals, label: tm.more },
        { to: paths.refer, label: tm.newReferral },
      ]}
    >
      <Loaded data={referrals}>
        {(list) => {
          const counts = referralsByState(list.items, userId);
          const total = REFERRAL_STATES.reduce((n, s) => n + counts[s], 0);
          return (
            <FigureList
              label={tm.title}
              items={[
                ...REFERRAL_STATES.map((s) => ({ key: `referrals-${s}`, label: t.referrals.states[s], value: formatNumber(counts[s]) })),
                { key: 'referrals-total', label: tm.total, value: formatNumber(total) },
              ]}
            />
          );
        }}
      </Loaded>
    </StartSection>
  );
}

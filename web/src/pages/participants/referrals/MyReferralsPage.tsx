import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import { paths } from '../../../routes';
import { AppLink, Paragraph } from '../../../ui';
import { StatusMessage } from '../../../forms/StatusMessage';
import { PageFrame } from '../shared/PageFrame';
import { useCurrentAssociation } from '../shared/useCurrentAssociation';
import { useLookups } from '../shared/useLookups';
import { useSessionInfo } from '../shared/useSessionInfo';
import { ReferralTable } from './ReferralTable';

/** /remisser: the referrals the signed-in user sent, newest first, with their state. */
export function MyReferralsPage() {
  const { t } = useI18n();
  const tm = t.referrals.mine;
  const { association, failure } = useCurrentAssociation();
  const id = association?.id ?? null;
  const session = useSessionInfo();
  const lookups = useLookups(id);
  const loaded = useApiData((signal) => participantsApi.referrals(id ?? 0, signal), id);
  const names = lookups.status === 'ok' ? lookups.data : null;
  const mine =
    loaded.status === 'ok'
      ? loaded.data.items
          .filter((r) => r.referrerUserId === session?.user.id)
          .sort((a, b) => (a.referredOn === b.referredOn ? b.id - a.id : a.referredOn < b.referredOn ? 1 : -1))
      : null;
  const error = failure ?? (loaded.status === 'error' ? loaded.code : lookups.status === 'error' ? lookups.code : null);

  return (
    <PageFrame title={tm.title} failure={error} loading={!mine || !names}>
      <Paragraph>{tm.intro}</Paragraph>
      <Paragraph>
        <AppLink to={paths.refer}>{tm.newReferral}</AppLink>
      </Paragraph>
      <StatusMessage text={mine ? tm.count(mine.length) : ''} />
      {mine && mine.length === 0 ? <Paragraph>{tm.none}</Paragraph> : null}
      {mine && names && mine.length > 0 ? <ReferralTable id="my-referrals" caption={tm.caption} referrals={mine} lookups={names} showPerson /> : null}
    </PageFrame>
  );
}

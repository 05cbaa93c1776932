import { useApiData } from '../../../hooks/useApiData';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import { navigate } from '../../../router';
import { paths } from '../../../routes';
import { AppLink, Paragraph } from '../../../ui';
import { useReload } from '../../../hooks/useReload';
import { Facts } from '../shared/Facts';
import { PageFrame } from '../shared/PageFrame';
import { useCurrentAssociation } from '../shared/useCurrentAssociation';
import { useLookups } from '../shared/useLookups';
import { StartForm } from './StartForm';

/** /remisser/{id}/starta (manage_participants): start a participation from a referral. */
export function StartPage({ referralId }: { referralId: number }) {
  const { t } = useI18n();
  const tp = t.participation;
  const { association, failure } = useCurrentAssociation();
  const id = association?.id ?? null;
  const lookups = useLookups(id);
  const [version, reload] = useReload();
  const loaded = useApiData((s) => participantsApi.referral(id ?? 0, referralId, s), id === null ? null : `${id}:${referralId}:${version}`);
  const referral = loaded.status === 'ok' ? loaded.data : null;
  const names = lookups.status === 'ok' ? lookups.data : null;
  const error = failure ?? (loaded.status === 'error' ? loaded.code : lookups.status === 'error' ? lookups.code : null);

  return (
    <PageFrame title={tp.startTitle} failure={error} loading={!referral || !names}>
      {referral && names && id !== null ? (
        <>
          <Paragraph>
            <AppLink to={paths.queue(referral.insatsId)}>{t.queue.title(names.insatsName(referral.insatsId))}</AppLink>
          </Paragraph>
          <Paragraph>{tp.startIntro(referral.name ?? '', names.insatsName(referral.insatsId))}</Paragraph>
          <Facts
            label={tp.referralFacts}
            items={[
              [t.referrals.columns.person, `${referral.name ?? ''} ${referral.maskedPersonnummer ?? ''}`],
              [t.referrals.columns.referredOn, formatDate(referral.referredOn)],
              [t.queue.targetGroup, names.targetGroupName(referral.targetGroupId)],
              [t.referrals.columns.state, t.referrals.states[referral.state] ?? referral.state],
            ]}
          />
          <StartForm
            associationId={id}
            referral={referral}
            onConflict={reload}
            onStarted={(p) => navigate(p.personId !== null ? paths.person(p.personId) : paths.queue(referral.insatsId))}
          />
        </>
      ) : null}
    </PageFrame>
  );
}

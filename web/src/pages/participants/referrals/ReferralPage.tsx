import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { paths } from '../../../routes';
import { AppLink, Paragraph } from '../../../ui';
import { StatusMessage } from '../../../forms/StatusMessage';
import { PageFrame } from '../shared/PageFrame';
import { useCurrentAssociation } from '../shared/useCurrentAssociation';
import { useLookups } from '../shared/useLookups';
import { ReferralForm } from './ReferralForm';

/** /remiss (refer): the referral form. The personnummer stays in the form's memory only. */
export function ReferralPage() {
  const { t } = useI18n();
  const tr = t.referrals;
  const { association, failure } = useCurrentAssociation();
  const lookups = useLookups(association?.id ?? null);
  const [status, setStatus] = useState('');
  const data = lookups.status === 'ok' ? lookups.data : null;

  return (
    <PageFrame title={tr.title} failure={failure ?? (lookups.status === 'error' ? lookups.code : null)} loading={!data}>
      <Paragraph>{tr.intro}</Paragraph>
      <StatusMessage text={status} />
      {status ? (
        <Paragraph>
          <AppLink to={paths.myReferrals}>{tr.mine.title}</AppLink>
        </Paragraph>
      ) : null}
      {data && association ? (
        <ReferralForm
          associationId={association.id}
          lookups={data}
          onSent={(referral, overridden) =>
            setStatus([tr.sent(data.insatsName(referral.insatsId)), overridden ? tr.sentOverride : ''].filter(Boolean).join(' '))
          }
        />
      ) : null}
    </PageFrame>
  );
}

import { useState } from 'react';
import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import type { Consent, Participation } from '../../../api/participantsTypes';
import { paths } from '../../../routes';
import { usePermission } from '../../../session/usePermission';
import { AppLink, Heading, Paragraph } from '../../../ui';
import { StatusMessage } from '../../../forms/StatusMessage';
import { useKept } from '../../../hooks/useKept';
import { useReload } from '../../../hooks/useReload';
import { ReferralTable } from '../referrals/ReferralTable';
import { PageFrame } from '../shared/PageFrame';
import { useCurrentAssociation } from '../shared/useCurrentAssociation';
import { useLookups } from '../shared/useLookups';
import { AccessLogTable } from './AccessLogTable';
import { ConsentDialog } from './ConsentDialog';
import { CorrectionDialog } from './CorrectionDialog';
import { EndDialog } from './EndDialog';
import { IdentityFacts } from './IdentityFacts';
import { ParticipationCard } from './ParticipationCard';
import { PlanForm } from './PlanForm';
import { ProtectIdentity } from './ProtectIdentity';
import { WithdrawConsentDialog } from './WithdrawConsentDialog';
import { withdrawalMakesAnonymous } from './consents';
import { Section } from '../../../layout/Section';

type Open = { kind: 'consent' | 'end' | 'correct'; participation: Participation } | { kind: 'withdraw'; participation: Participation; consent: Consent };

/**
 * /deltagare/{personId} (view_personal): the person by pseudonymous id. The title is generic (never the
 * name or personnummer); every read here is logged and shown under "Vem har sett eller ändrat".
 */
export function PersonPage({ personId }: { personId: number }) {
  const { t } = useI18n();
  const tp = t.person;
  const { association, failure } = useCurrentAssociation();
  const id = association?.id ?? null;
  const canManage = usePermission('manage_participants', id);
  const lookups = useLookups(id);
  const [version, reload] = useReload();
  const key = id === null ? null : `${id}:${personId}:${version}`;
  const personLoad = useApiData((s) => participantsApi.person(id ?? 0, personId, s), key);
  const person = useKept(personLoad);
  const access = useKept(useApiData((s) => participantsApi.accessLog(id ?? 0, personId, s), key));
  const [open, setOpen] = useState<Open | null>(null);
  const [status, setStatus] = useState('');
  /** After "skyddad identitet" the person is gone (404): say so instead of reloading. */
  const [removed, setRemoved] = useState(false);
  const names = lookups.status === 'ok' ? lookups.data : null;
  const error = failure ?? (personLoad.status === 'error' ? personLoad.code : lookups.status === 'error' ? lookups.code : null);

  const done = (text: string) => {
    setOpen(null);
    setStatus(text);
    reload();
  };

  if (removed) {
    return (
      <PageFrame title={tp.title}>
        <StatusMessage text={tp.protectedDone} />
        <Paragraph>
          <AppLink to={paths.participants}>{tp.searchTitle}</AppLink>
        </Paragraph>
      </PageFrame>
    );
  }

  return (
    <PageFrame title={tp.title} failure={error} loading={!person || !names}>
      <Paragraph>
        <AppLink to={paths.participants}>{tp.searchTitle}</AppLink>
      </Paragraph>
      <StatusMessage text={status} />
      {person && names && id !== null ? (
        <>
          <Heading level={2} data-size="md">
            {person.name}
          </Heading>
          <IdentityFacts associationId={id} person={person} lookups={names} onRevealed={reload} />
          <Section id="participations-title" title={tp.participations}>
            {person.participations.length === 0 ? <Paragraph>{tp.participationsNone}</Paragraph> : null}
            {person.participations.map((p) => (
              <ParticipationCard
                key={p.id}
                associationId={id}
                participation={p}
                lookups={names}
                canManage={canManage}
                onAddConsent={() => (setStatus(''), setOpen({ kind: 'consent', participation: p }))}
                onWithdraw={(consent) => (setStatus(''), setOpen({ kind: 'withdraw', participation: p, consent }))}
                onEnd={() => (setStatus(''), setOpen({ kind: 'end', participation: p }))}
                onCorrect={() => (setStatus(''), setOpen({ kind: 'correct', participation: p }))}
                onChanged={reload}
              />
            ))}
          </Section>
          <Section id="person-referrals-title" title={tp.referrals}>
            <ReferralTable id="person-referrals" caption={tp.referralsCaption} referrals={person.referrals} lookups={names} />
          </Section>
          {canManage ? <PlanForm associationId={id} personId={person.id} plan={person.plan} members={names.members} onSaved={reload} /> : null}
          {canManage ? <ProtectIdentity associationId={id} personId={person.id} onDone={() => setRemoved(true)} /> : null}
          {access ? <AccessLogTable entries={access.items} /> : null}
          {open?.kind === 'consent' ? (
            <ConsentDialog associationId={id} participationId={open.participation.id} members={names.members} onClose={() => setOpen(null)} onDone={() => done(tp.consentAdded)} />
          ) : null}
          {open?.kind === 'withdraw' ? (
            <WithdrawConsentDialog
              associationId={id}
              consent={open.consent}
              anonymises={withdrawalMakesAnonymous(open.participation, open.consent)}
              onClose={() => setOpen(null)}
              onDone={() => done(tp.withdrawnDone)}
            />
          ) : null}
          {open?.kind === 'end' ? (
            <EndDialog associationId={id} participation={open.participation} onClose={() => setOpen(null)} onDone={() => done(t.participation.ended)} onConflict={reload} />
          ) : null}
          {open?.kind === 'correct' ? (
            <CorrectionDialog associationId={id} participation={open.participation} onClose={() => setOpen(null)} onDone={() => done(tp.correction.done)} onConflict={reload} />
          ) : null}
        </>
      ) : null}
    </PageFrame>
  );
}

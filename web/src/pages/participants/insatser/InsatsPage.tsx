import { useI18n } from '../../../i18n/I18nProvider';
import { useApiData } from '../../../hooks/useApiData';
import { participantsApi } from '../../../api/participants';
import { paths } from '../../../routes';
import { AppLink, Paragraph } from '../../../ui';
import { PageFrame } from '../shared/PageFrame';
import { canEditInsats, canSeeQueue } from '../shared/insatsAccess';
import { useCurrentAssociation } from '../shared/useCurrentAssociation';
import { useLookups } from '../shared/useLookups';
import { useSessionInfo } from '../shared/useSessionInfo';
import { hasPermission } from '../../../session/permissions';
import { AttendanceSection } from './AttendanceSection';
import { StaffSection } from './StaffSection';
import { BudgetTable } from './BudgetTable';
import { InsatsFacts } from './InsatsFacts';
import { WaitTimes } from './WaitTimes';

/** /insatser/{id}: description, facts, budget, waiting times; attendance for structural insatser. */
export function InsatsPage({ insatsId }: { insatsId: number }) {
  const { t } = useI18n();
  const tc = t.catalogue;
  const { association, failure } = useCurrentAssociation();
  const associationId = association?.id ?? null;
  const session = useSessionInfo();
  const lookups = useLookups(associationId);
  const loaded = useApiData(
    (signal) => participantsApi.insats(associationId ?? 0, insatsId, signal),
    associationId === null ? null : `${associationId}:${insatsId}`,
  );
  const insats = loaded.status === 'ok' ? loaded.data : null;
  const names = lookups.status === 'ok' ? lookups.data : null;
  const error = failure ?? (loaded.status === 'error' ? loaded.code : lookups.status === 'error' ? lookups.code : null);

  return (
    <PageFrame title={insats?.name ?? tc.title} failure={error} loading={!insats || !names}>
      <Paragraph>
        <AppLink to={paths.insatser}>{tc.back}</AppLink>
      </Paragraph>
      {insats && names && associationId !== null ? (
        <>
          <Paragraph>{insats.description}</Paragraph>
          <InsatsFacts insats={insats} lookups={names} />
          {canEditInsats(session, associationId, insats) || canSeeQueue(session, associationId, insats) ? (
            <ul className="link-list">
              {canEditInsats(session, associationId, insats) ? (
                <li>
                  <AppLink to={paths.insatsEdit(insats.id)}>{tc.edit}</AppLink>
                </li>
              ) : null}
              {canSeeQueue(session, associationId, insats) ? (
                <li>
                  <AppLink to={paths.queue(insats.id)}>{tc.queueLink}</AppLink>
                </li>
              ) : null}
            </ul>
          ) : null}
          <BudgetTable budget={insats.budget} />
          {insats.kind === 'individual' ? <WaitTimes associationId={associationId} insatsId={insats.id} startsOn={insats.startsOn} /> : null}
          {insats.kind === 'structural' ? (
            <AttendanceSection associationId={associationId} insats={insats} canAdd={canEditInsats(session, associationId, insats)} />
          ) : null}
          {session && hasPermission(session, 'manage_users', associationId) ? <StaffSection associationId={associationId} insats={insats} /> : null}
        </>
      ) : null}
    </PageFrame>
  );
}

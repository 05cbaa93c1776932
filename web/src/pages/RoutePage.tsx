import { routePermission, type Route } from '../routes';
import { usePermission } from '../session/usePermission';
import { AccountPage } from './access/account/AccountPage';
import { AuditPage } from './access/audit/AuditPage';
import { UsersPage } from './access/users/UsersPage';
import { MoneyRoutes } from './money/MoneyRoutes';
import { MemberValuePage } from './followUp/MemberValuePage';
import { StatisticsPage } from './followUp/StatisticsPage';
import { FinsamPage } from './followUp/FinsamPage';
import { NoAccessPage } from './NoAccessPage';
import { AgreementsPage } from './privacy/AgreementsPage';
import { ConfirmRolesPage } from './access/confirm/ConfirmRolesPage';
import { DataSubjectPage } from './privacy/dataSubject/DataSubjectPage';
import { ProcessingRecordPage } from './privacy/record/ProcessingRecordPage';
import { ParticipantsRoutes } from './participants/ParticipantsRoutes';

/** A signed-in page, or "no access" when the user's roles in the förbund do not allow it. */
export function RoutePage({ route }: { route: Route }) {
  const permission = routePermission(route);
  const allowed = usePermission(permission ?? 'view_association');
  if (permission !== null && !allowed) return <NoAccessPage />;
  switch (route.name) {
    case 'users':
      return <UsersPage />;
    case 'audit':
      return <AuditPage />;
    case 'account':
      return <AccountPage />;
    case 'statistics':
      return <StatisticsPage />;
    case 'finsam':
      return <FinsamPage />;
    case 'memberValue':
      return <MemberValuePage />;
    case 'agreements':
      return <AgreementsPage />;
    case 'confirmRoles':
      return <ConfirmRolesPage />;
    case 'dataSubject':
      return <DataSubjectPage />;
    case 'processingRecord':
      return <ProcessingRecordPage />;
    case 'insatser':
    case 'insatsNew':
    case 'insats':
    case 'insatsEdit':
    case 'queue':
    case 'refer':
    case 'myReferrals':
    case 'startParticipation':
    case 'participants':
    case 'person':
      return <ParticipantsRoutes route={route} />;
    default:
      return <MoneyRoutes route={route} />;
  }
}

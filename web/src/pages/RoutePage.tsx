import { lazy, Suspense } from 'react';
import { routePermission, type Route } from '../routes';
import { usePermission } from '../session/usePermission';
import { Spinner } from '../ui';
import { NoAccessPage } from './NoAccessPage';

// Each feature's pages are a chunk of their own, loaded when first visited: the login and start pages carry
// none of them (the size budget in scripts/check-bundle-size.mjs keeps it so).
const AccountPage = lazy(() => import('./access/account/AccountPage').then((m) => ({ default: m.AccountPage })));
const AuditPage = lazy(() => import('./access/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const UsersPage = lazy(() => import('./access/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const ConfirmRolesPage = lazy(() => import('./access/confirm/ConfirmRolesPage').then((m) => ({ default: m.ConfirmRolesPage })));
const MoneyRoutes = lazy(() => import('./money/MoneyRoutes').then((m) => ({ default: m.MoneyRoutes })));
const ParticipantsRoutes = lazy(() => import('./participants/ParticipantsRoutes').then((m) => ({ default: m.ParticipantsRoutes })));
const MemberValuePage = lazy(() => import('./followUp/MemberValuePage').then((m) => ({ default: m.MemberValuePage })));
const StatisticsPage = lazy(() => import('./followUp/StatisticsPage').then((m) => ({ default: m.StatisticsPage })));
const FinsamPage = lazy(() => import('./followUp/FinsamPage').then((m) => ({ default: m.FinsamPage })));
const AgreementsPage = lazy(() => import('./privacy/AgreementsPage').then((m) => ({ default: m.AgreementsPage })));
const DataSubjectPage = lazy(() => import('./privacy/dataSubject/DataSubjectPage').then((m) => ({ default: m.DataSubjectPage })));
const AssociationsPage = lazy(() => import('./membership/AssociationsPage').then((m) => ({ default: m.AssociationsPage })));
const ImportPage = lazy(() => import('./historyImport/ImportPage').then((m) => ({ default: m.ImportPage })));
const ProcessingRecordPage = lazy(() => import('./privacy/record/ProcessingRecordPage').then((m) => ({ default: m.ProcessingRecordPage })));

/** A signed-in page, or "no access" when the user's roles in the förbund do not allow it. */
export function RoutePage({ route }: { route: Route }) {
  const permission = routePermission(route);
  const allowed = usePermission(permission ?? 'view_association');
  if (permission !== null && !allowed) return <NoAccessPage />;
  return (
    <Suspense fallback={<Spinner />}>
      <FeaturePage route={route} />
    </Suspense>
  );
}

function FeaturePage({ route }: { route: Route }) {
  switch (route.name) {
    case 'users':
      return <UsersPage />;
    case 'audit':
      return <AuditPage />;
    case 'account':
      return <AccountPage />;
    case 'associations':
      return <AssociationsPage />;
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
    case 'historyImport':
      return <ImportPage key="participations" kind="participations" />;
    case 'insatsImport':
      return <ImportPage key="insatser" kind="insatser" />;
    case 'budgetImport':
      return <ImportPage key="budgets" kind="budgets" />;
    default:
      return <MoneyRoutes route={route} />;
  }
}

import type { ApiData } from '../../hooks/useApiData';
import { useSession } from '../../session/SessionProvider';
import type { ItemList, Member } from '../../api/types';
import { AuditSection } from './AuditSection';
import { AwaitingDecisionSection } from './AwaitingDecisionSection';
import { BudgetSection } from './BudgetSection';
import { DataProtectionSection } from './DataProtectionSection';
import { ContributionsSection } from './ContributionsSection';
import { OverdueSection } from './OverdueSection';
import { myReferralsFromSummary, startSections } from './dashboard';
import { EquitySection } from './EquitySection';
import { FollowUpsSection } from './FollowUpsSection';
import { InsatserSection } from './InsatserSection';
import { MyReferralsSection } from './MyReferralsSection';
import { NoticesSection } from './NoticesSection';
import { useReferralSummary } from './useReferralSummary';
import { YearFigures } from './YearFigures';

/**
 * The sections of the start page for the user's roles in the förbund. A section the user's
 * permissions do not allow is neither rendered nor requested (startSections decides).
 */
export function RoleSections({ associationId, members }: { associationId: number; members: ApiData<ItemList<Member>> }) {
  const { state } = useSession();
  const session = state.status === 'authenticated' ? state.session : null;
  const sections = new Set(startSections(session, associationId));
  const userId = session?.user.id ?? 0;
  const waiting = useReferralSummary(associationId, sections.has('awaitingDecision'));
  if (sections.size === 0) return null;
  return (
    <div className="start-sections">
      {sections.has('yearFigures') ? <YearFigures associationId={associationId} /> : null}
      {sections.has('budget') ? <BudgetSection associationId={associationId} /> : null}
      {sections.has('notices') ? <NoticesSection members={members} /> : null}
      {sections.has('overdue') ? <OverdueSection associationId={associationId} /> : null}
      {sections.has('contributions') ? <ContributionsSection associationId={associationId} /> : null}
      {sections.has('equity') ? <EquitySection associationId={associationId} /> : null}
      {sections.has('audit') ? <AuditSection associationId={associationId} /> : null}
      {sections.has('insatser') ? (
        <InsatserSection associationId={associationId} userId={userId} waiting={sections.has('awaitingDecision') ? waiting : null} />
      ) : null}
      {sections.has('awaitingDecision') ? <AwaitingDecisionSection associationId={associationId} waiting={waiting} /> : null}
      {sections.has('followUps') ? <FollowUpsSection associationId={associationId} /> : null}
      {sections.has('dataProtection') ? <DataProtectionSection associationId={associationId} /> : null}
      {sections.has('myReferrals') ? <MyReferralsSection associationId={associationId} userId={userId} fromSummary={myReferralsFromSummary(session, associationId)} /> : null}
    </div>
  );
}

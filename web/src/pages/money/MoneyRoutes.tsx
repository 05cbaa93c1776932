import type { Route } from '../../routes';
import { AllocationPage } from './allocation/AllocationPage';
import { BasisPage } from './contributions/BasisPage';
import { ContributionsPage } from './contributions/ContributionsPage';
import { YearPage } from './contributions/YearPage';
import { EquityPage } from './equity/EquityPage';
import { CharterPage } from './charter/CharterPage';
import { MembersPage } from './members/MembersPage';
import { WithdrawalPage } from './withdrawal/WithdrawalPage';

/** The page for one of issue 3's routes (the caller has checked the session). */
export function MoneyRoutes({ route }: { route: Route }) {
  switch (route.name) {
    case 'users':
    case 'agreements':
    case 'confirmRoles':
    case 'audit':
    case 'account':
      return null;
    case 'members':
      return <MembersPage />;
    case 'contributions':
      return <ContributionsPage />;
    case 'budgetYear':
      return <YearPage key={route.year} year={route.year} />;
    case 'basis':
      return <BasisPage key={`${route.year}:${route.memberId}`} year={route.year} memberId={route.memberId} />;
    case 'withdrawal':
      return <WithdrawalPage key={route.memberId} memberId={route.memberId} />;
    case 'allocation':
      return <AllocationPage />;
    case 'equity':
      return <EquityPage />;
    case 'charter':
      return <CharterPage />;
  }
}

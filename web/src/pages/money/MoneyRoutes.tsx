import type { Route } from '../../routes';
import { BasisPage } from './contributions/BasisPage';
import { ContributionsPage } from './contributions/ContributionsPage';
import { YearPage } from './contributions/YearPage';
import { MembersPage } from './members/MembersPage';

/** The page for one of issue 3's routes (the caller has checked the session). */
export function MoneyRoutes({ route }: { route: Route }) {
  switch (route.name) {
    case 'members':
      return <MembersPage />;
    case 'contributions':
      return <ContributionsPage />;
    case 'budgetYear':
      return <YearPage key={route.year} year={route.year} />;
    case 'basis':
      return <BasisPage key={`${route.year}:${route.memberId}`} year={route.year} memberId={route.memberId} />;
    default:
      return <MembersPage />;
  }
}

import type { Route } from '../../routes';
import { MembersPage } from './members/MembersPage';

/** The page for one of issue 3's routes (the caller has checked the session). */
export function MoneyRoutes({ route }: { route: Route }) {
  switch (route.name) {
    case 'members':
      return <MembersPage />;
    default:
      return <MembersPage />;
  }
}

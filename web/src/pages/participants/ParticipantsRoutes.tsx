import type { Route } from '../../routes';
import { InsatsFormPage } from './insatser/InsatsFormPage';
import { InsatsPage } from './insatser/InsatsPage';
import { InsatserPage } from './insatser/InsatserPage';
import { PersonPage } from './person/PersonPage';
import { PersonSearchPage } from './person/PersonSearchPage';
import { StartPage } from './participation/StartPage';
import { QueuePage } from './queue/QueuePage';
import { MyReferralsPage } from './referrals/MyReferralsPage';
import { ReferralPage } from './referrals/ReferralPage';

/** The page for one of issue 4's routes, or null for another issue's (the caller checked the permission). */
export function ParticipantsRoutes({ route }: { route: Route }) {
  switch (route.name) {
    case 'insatser':
      return <InsatserPage />;
    case 'insatsNew':
      return <InsatsFormPage />;
    case 'insats':
      return <InsatsPage key={route.insatsId} insatsId={route.insatsId} />;
    case 'insatsEdit':
      return <InsatsFormPage key={route.insatsId} insatsId={route.insatsId} />;
    case 'queue':
      return <QueuePage key={route.insatsId} insatsId={route.insatsId} />;
    case 'refer':
      return <ReferralPage />;
    case 'myReferrals':
      return <MyReferralsPage />;
    case 'startParticipation':
      return <StartPage key={route.referralId} referralId={route.referralId} />;
    case 'participants':
      return <PersonSearchPage />;
    case 'person':
      return <PersonPage key={route.personId} personId={route.personId} />;
    default:
      return null;
  }
}

import { useEffect } from 'react';
import { Layout } from './layout/Layout';
import { AccessibilityPage } from './pages/AccessibilityPage';
import { LoginPage } from './pages/LoginPage';
import { InvitationPage } from './pages/access/invitation/InvitationPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { StartPage } from './pages/start/StartPage';
import { RoutePage } from './pages/RoutePage';
import { matchRoute } from './routes';
import { navigate, usePath } from './router';
import { useSession } from './session/SessionProvider';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function Page() {
  const path = usePath();
  const { state } = useSession();

  switch (path) {
    case '/tillganglighet':
      return <AccessibilityPage />;
    case '/inbjudan':
      return <InvitationPage />;
    case '/login':
      if (state.status === 'loading') return null; // the session is asked for first (see Layout)
      if (state.status === 'authenticated') return <Redirect to="/" />;
      return <LoginPage notice={state.notice} />;
    case '/':
      if (state.status === 'loading') return null; // the session is asked for first (see Layout)
      if (state.status === 'anonymous') return <Redirect to="/login" />;
      return <StartPage />;
    default: {
      const route = matchRoute(path);
      if (!route) return <NotFoundPage />;
      if (state.status === 'loading') return null; // the session is asked for first (see Layout)
      if (state.status === 'anonymous') return <Redirect to="/login" />;
      return <RoutePage route={route} />;
    }
  }
}

export function App() {
  return (
    <Layout>
      <Page />
    </Layout>
  );
}

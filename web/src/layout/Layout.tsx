import { useRef, type ReactNode } from 'react';
import { useFocusOnNavigate } from '../hooks/useFocusOnNavigate';
import { usePath } from '../router';
import { useSession } from '../session/SessionProvider';
import { MAIN_ID, SkipLink } from '../ui';
import { Footer } from './Footer';
import { Header } from './Header';

export function Layout({ children }: { children: ReactNode }) {
  const path = usePath();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(path, main);
  // Signed in (or not known yet), a page fills at least the window while its data arrives, so the footer does
  // not jump down as the content grows (layout shift); the login and public pages stay short.
  const { state } = useSession();
  const tall = state.status !== 'anonymous' && path !== '/login';

  return (
    <div className="app">
      <SkipLink />
      <Header />
      <main id={MAIN_ID} ref={main} tabIndex={-1} className={tall ? 'app-main app-main--tall' : 'app-main'}>
        {children}
      </main>
      {/* Until the session is known nothing below the header is drawn: the menu then appears above an empty
          page instead of pushing a spinner and the footer down (layout shift). */}
      {state.status === 'loading' ? null : <Footer />}
    </div>
  );
}

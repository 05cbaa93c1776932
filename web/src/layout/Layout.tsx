import { useRef, type ReactNode } from 'react';
import { useFocusOnNavigate } from '../hooks/useFocusOnNavigate';
import { usePath } from '../router';
import { MAIN_ID, SkipLink } from '../ui';
import { Footer } from './Footer';
import { Header } from './Header';

export function Layout({ children }: { children: ReactNode }) {
  const path = usePath();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(path, main);

  return (
    <div className="app">
      <SkipLink />
      <Header />
      <main id={MAIN_ID} ref={main} tabIndex={-1} className="app-main">
        {children}
      </main>
      <Footer />
    </div>
  );
}

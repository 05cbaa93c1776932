import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken, setUnauthenticatedHandler } from '../api';
import { navigate } from '../router';
import type { SessionInfo, User } from '../api/types';

/** Why the login page is shown, if not just because nobody is signed in. */
export type LoginNotice = { kind: 'error'; code: string } | { kind: 'logged_out' } | { kind: 'logged_out_everywhere' };

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; notice: LoginNotice | null }
  | { status: 'authenticated'; user: User; session: SessionInfo };

interface Session {
  state: SessionState;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  /** Ends every session of the user, then shows the login page. */
  logoutEverywhere: () => Promise<void>;
  /** Takes a new session from the server (after a password change: new cookie and CSRF token). */
  replaceSession: (info: SessionInfo) => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const signedIn = useCallback((info: SessionInfo) => {
    setCsrfToken(info.csrfToken);
    // Tolerate a server that leaves out the lists (nothing is granted then).
    const session = { ...info, associations: info.associations ?? [], superuserPermissions: info.superuserPermissions ?? [] };
    setState({ status: 'authenticated', user: info.user, session });
  }, []);

  const signedOut = useCallback((notice: LoginNotice | null) => {
    setCsrfToken(null);
    setState({ status: 'anonymous', notice });
  }, []);

  // Restore the session (and the CSRF token) on start. Asked of /session/current, which answers 204 rather than
  // 401 when nobody is signed in: a signed-out visitor's login page makes no refused request.
  useEffect(() => {
    let active = true;
    api.currentSession().then(
      (info) => {
        if (!active) return;
        if (info) signedIn(info);
        else signedOut(null);
      },
      (error: unknown) => {
        if (!active) return;
        const notice: LoginNotice | null =
          error instanceof ApiError && error.status !== 401 ? { kind: 'error', code: error.code } : null;
        signedOut(notice);
      },
    );
    return () => {
      active = false;
    };
  }, [signedIn, signedOut]);

  // A 401 from any other call means the session ended.
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      signedOut({ kind: 'error', code: 'session_expired' });
      navigate('/login', { replace: true });
    });
    return () => setUnauthenticatedHandler(null);
  }, [signedOut]);

  const login = useCallback(
    async (username: string, password: string) => {
      signedIn(await api.login(username, password));
    },
    [signedIn],
  );

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } catch (error) {
      // Already signed out on the server: fine. Anything else (e.g. csrf_invalid): the caller shows it.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    signedOut({ kind: 'logged_out' });
    navigate('/login', { replace: true });
  }, [signedOut]);

  const logoutEverywhere = useCallback(async () => {
    try {
      await api.logoutEverywhere();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    signedOut({ kind: 'logged_out_everywhere' });
    navigate('/login', { replace: true });
  }, [signedOut]);

  const value = useMemo(
    () => ({ state, login, logout, logoutEverywhere, replaceSession: signedIn }),
    [state, login, logout, logoutEverywhere, signedIn],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

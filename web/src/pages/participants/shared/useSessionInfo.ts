import { useSession } from '../../../session/SessionProvider';
import type { SessionInfo } from '../../../api/types';

/** The signed-in session, or null. */
export function useSessionInfo(): SessionInfo | null {
  const { state } = useSession();
  return state.status === 'authenticated' ? state.session : null;
}

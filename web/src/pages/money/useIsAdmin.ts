import { useSession } from '../../session/SessionProvider';

/** Writes need the admin role (the server checks too). */
export function useIsAdmin(): boolean {
  const { state } = useSession();
  return state.status === 'authenticated' && state.user.roles.includes('admin');
}

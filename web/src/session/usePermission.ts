import type { Permission } from '../api/accessTypes';
import { hasPermission, navigationAssociationId } from './permissions';
import { useSession } from './SessionProvider';

/**
 * May the signed-in user do `permission` in the förbund `associationId` (default: the förbund the
 * user has a role in)? A superuser may do everything. The server checks every request too.
 */
export function usePermission(permission: Permission, associationId?: number | null): boolean {
  const { state } = useSession();
  const session = state.status === 'authenticated' ? state.session : null;
  const id = associationId === undefined ? navigationAssociationId(session) : associationId;
  return hasPermission(session, permission, id);
}

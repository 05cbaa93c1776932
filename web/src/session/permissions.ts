/** Permission checks on the client (the server decides; the UI only hides what would be refused). */
import { PERSONAL_PERMISSIONS, type Permission } from '../api/accessTypes';
import type { SessionInfo } from '../api/types';
import { chosenAssociation } from './chosenAssociation';

type Access = Pick<SessionInfo, 'user' | 'associations' | 'superuserPermissions'>;

/**
 * True when the user may do `permission` in the förbund `associationId`. A superuser may do
 * everything except what touches personal data (the server refuses that to every administrator).
 */
export function hasPermission(session: Access | null, permission: Permission, associationId: number | null): boolean {
  if (!session) return false;
  if (!PERSONAL_PERMISSIONS.has(permission) && session.user.superuser) return true;
  if (!PERSONAL_PERMISSIONS.has(permission) && session.superuserPermissions.includes(permission)) return true;
  if (associationId === null) return false;
  const access = session.associations.find((a) => a.id === associationId);
  return access !== undefined && access.permissions.includes(permission);
}

/**
 * The förbund the app shows: the one chosen on the Förbund page when the user may see it, else the first one the
 * user has a role in; a superuser (or anyone without roles) gets the first of GET /api/v1/associations. `listed`
 * are the ids of that list.
 */
export function pickAssociationId(session: Access | null, listed: readonly number[], chosen = chosenAssociation()): number | null {
  if (chosen !== null && listed.includes(chosen) && session && (session.user.superuser || session.associations.some((a) => a.id === chosen))) {
    return chosen;
  }
  if (session && !session.user.superuser) {
    const own = session.associations.find((a) => listed.length === 0 || listed.includes(a.id));
    if (own) return own.id;
  }
  return listed[0] ?? null;
}

/** The förbund used for the navigation before the list of förbund has been loaded. */
export function navigationAssociationId(session: Access | null, chosen = chosenAssociation()): number | null {
  if (chosen !== null && session && (session.user.superuser || session.associations.some((a) => a.id === chosen))) return chosen;
  return session?.associations[0]?.id ?? null;
}

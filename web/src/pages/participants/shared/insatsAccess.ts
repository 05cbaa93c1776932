/** What the signed-in user may do with an insats (the server decides; the UI hides what it would refuse). */
import type { Insats } from '../../../api/participantsTypes';
import { hasPermission } from '../../../session/permissions';
import type { SessionInfo } from '../../../api/types';

type Access = Pick<SessionInfo, 'user' | 'associations' | 'superuserPermissions'>;

function isAdministrator(session: Access, associationId: number): boolean {
  if (session.user.superuser) return true;
  return session.associations.some((a) => a.id === associationId && a.roles.includes('administrator'));
}

function worksIn(session: Access, insats: Pick<Insats, 'staffUserIds'>): boolean {
  return (insats.staffUserIds ?? []).includes(session.user.id);
}

/** Creating an insats: administrator (an insatsansvarig manages only the insatser they work in). */
export function canCreateInsats(session: Access | null, associationId: number): boolean {
  return !!session && hasPermission(session, 'manage_insatser', associationId) && isAdministrator(session, associationId);
}

export function canEditInsats(session: Access | null, associationId: number, insats: Pick<Insats, 'staffUserIds'>): boolean {
  if (!session || !hasPermission(session, 'manage_insatser', associationId)) return false;
  return isAdministrator(session, associationId) || worksIn(session, insats);
}

/** The queue: a deltagaransvarig who works in the insats. */
export function canSeeQueue(session: Access | null, associationId: number, insats: Pick<Insats, 'staffUserIds' | 'kind'>): boolean {
  return !!session && insats.kind === 'individual' && hasPermission(session, 'manage_participants', associationId) && worksIn(session, insats);
}

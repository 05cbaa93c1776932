/** Who may be chosen as staff of an insats, and how each is named. */
import type { UserAccount } from '../../../api/accessTypes';

/** The roles that work in insatser: the queue and caseload (deltagaransvarig) and the insats itself (insatsansvarig). */
export const STAFF_ROLES = ['deltagaransvarig', 'insatsansvarig'] as const;

export interface StaffOption {
  value: string;
  label: string;
}

function staffRoles(user: UserAccount, associationId: number, today: string): string[] {
  return user.assignments
    .filter((a) => a.associationId === associationId && (STAFF_ROLES as readonly string[]).includes(a.role))
    .filter((a) => a.validFrom <= today && (a.validTo === null || a.validTo >= today))
    .map((a) => a.role);
}

/**
 * The förbund's active users with a staff role today, by name; a user already in the insats is offered too (so
 * they can be taken off) even without such a role any more. `roleName` names a role in the UI's language.
 */
export function staffOptions(
  users: UserAccount[],
  staffIds: readonly number[],
  associationId: number,
  today: string,
  roleName: (role: string) => string,
): StaffOption[] {
  return users
    .map((u) => ({ user: u, roles: staffRoles(u, associationId, today) }))
    .filter(({ user, roles }) => staffIds.includes(user.id) || (!user.disabled && roles.length > 0))
    .sort((a, b) => a.user.displayName.localeCompare(b.user.displayName, 'sv'))
    .map(({ user, roles }) => ({
      value: String(user.id),
      label: roles.length > 0 ? `${user.displayName} (${[...new Set(roles)].map(roleName).join(', ')})` : user.displayName,
    }));
}

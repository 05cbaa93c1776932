import type { Role } from '../api/accessTypes';
import type { Dictionary } from '../i18n/sv';

/** The translated name of a role in a förbund, or the code itself for one the UI does not know. */
export function roleName(t: Dictionary, role: string): string {
  return Object.hasOwn(t.roles, role) ? t.roles[role as Role] : role;
}

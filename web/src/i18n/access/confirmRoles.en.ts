/** English texts for confirming personal-data roles (the controller's side). */
import type { confirmRolesSv } from './confirmRoles.sv';

export const confirmRolesEn: typeof confirmRolesSv = {
  title: 'Confirm roles',
  intro:
    'Roles that give access to participant data (participant officer) or the right to confirm such roles (data protection contact) apply only once the party they are for has confirmed them. A participant officer sees an intervention’s participants only once the party leading it (the controller) has confirmed the role too. You confirm for your party, never your own role and never a role you asked for yourself.',
  caption: 'Roles waiting for confirmation',
  user: 'User',
  role: 'Role',
  party: 'Waiting for party',
  validity: 'Valid',
  requestedBy: 'Requested by',
  system: 'The system',
  confirm: 'Confirm',
  confirmFor: (role: string, name: string): string => `Confirm ${role} for ${name}`,
  done: (role: string, name: string): string => `${name} now has the role ${role}. It applies from their next login.`,
  none: 'No roles are waiting for confirmation.',
};

import type { Role } from '../../api/accessTypes';

/** Swedish names of the roles in a förbund (docs/access-api.md). */
export const rolesSv: Record<Role, string> = {
  administrator: 'Administratör (förbundschef)',
  ekonom: 'Ekonom',
  insatsansvarig: 'Insatsansvarig',
  deltagaransvarig: 'Deltagaransvarig (koordinator)',
  remittent: 'Remittent',
  board_member: 'Styrelseledamot',
  revisor: 'Revisor',
  controller_contact: 'Dataskyddsansvarig (för en part)',
};

import type { Role } from '../../api/accessTypes';

export const rolesEn: Record<Role, string> = {
  administrator: 'Administrator (director)',
  ekonom: 'Finance officer',
  insatsansvarig: 'Intervention lead',
  deltagaransvarig: 'Participant officer (coordinator)',
  remittent: 'Referrer',
  board_member: 'Board member',
  revisor: 'Auditor',
  controller_contact: 'Data protection contact (for a party)',
};

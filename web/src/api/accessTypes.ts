/** Shapes of the access API (docs/access-api.md): roles, users, assignments, the audit log. */
import type { components } from './schema';

type Schemas = components['schemas'];

/** The roles a user can hold in a förbund, in the order the UI lists them. */
export const ROLES = [
  'administrator',
  'ekonom',
  'insatsansvarig',
  'deltagaransvarig',
  'remittent',
  'board_member',
  'revisor',
  'controller_contact',
] as const;
export type Role = Schemas['Role'];

export const PERMISSIONS = [
  'view_association',
  'manage_association',
  'view_money',
  'manage_money',
  'manage_users',
  'view_audit',
  'manage_insatser',
  'refer',
  'view_personal',
  'manage_participants',
  'create_association',
  'manage_installation',
  'confirm_roles',
  'data_subject_rights',
] as const;
export type Permission = Schemas['Permission'];

/**
 * Personal-data permissions, and confirming who gets them (the controller's side): only a role in the förbund
 * gives them, never the superuser flag.
 */
export const PERSONAL_PERMISSIONS: ReadonlySet<Permission> = new Set(['refer', 'view_personal', 'manage_participants', 'confirm_roles', 'data_subject_rights']);

/** Roles that give access only once the controller's side has confirmed them. */
export const CONFIRMED_ROLES: ReadonlySet<string> = new Set(['deltagaransvarig', 'controller_contact']);

export type Assignment = Schemas['Assignment'];

/** A role waiting for confirmation, as the controller's side sees it. */
export type PendingAssignment = Schemas['PendingAssignment'];

export type UserAccount = Schemas['UserAccount'];

/** A one-time link's token (goes into `/inbjudan#<token>`) and when it stops working (unix seconds). */
export type Invitation = Schemas['Invitation'];

export type CreatedUser = Schemas['CreatedUser'];

export type InvitationInfo = Schemas['InvitationInfo'];

export type NewUser = Schemas['NewUser'];

export type NewAssignment = Schemas['NewAssignment'];

export type AuditField = Schemas['AuditField'];

export type AuditEvent = Schemas['AuditEvent'];

export type AuditPage = Schemas['AuditPage'];

export type AuditAction = Schemas['AuditAction'];

export type AuditEntity = Schemas['AuditEntity'];

// Every action and entity of openapi.json in the filter's order: a Record needs each of them exactly once, so a
// code added to the API and not here (or to the dictionaries, typed the same way) fails to compile.
const ACTION_ORDER: Record<AuditAction, null> = {
  create: null,
  update: null,
  delete: null,
  read_personal: null,
  permission_change: null,
  export: null,
  login: null,
  login_failed: null,
  login_throttled: null,
  logout: null,
  logout_everywhere: null,
  password_change: null,
  invite: null,
  accept_invitation: null,
  checkpoint: null,
  rectify: null,
  restrict: null,
  lift_restriction: null,
  erase: null,
  correct: null,
  import: null,
};

const ENTITY_ORDER: Record<AuditEntity, null> = {
  association: null,
  member: null,
  notice: null,
  charter: null,
  processing_agreement: null,
  budget: null,
  payment: null,
  equity: null,
  user: null,
  session: null,
  audit: null,
  person: null,
  referral: null,
  participation: null,
  participations: null,
  consent: null,
  insats: null,
  insats_staff: null,
  target_group: null,
  attendance: null,
  statistics: null,
  member_value: null,
  finsam: null,
  follow_up: null,
};

export const AUDIT_ACTIONS = Object.keys(ACTION_ORDER) as AuditAction[];

export const AUDIT_ENTITIES = Object.keys(ENTITY_ORDER) as AuditEntity[];

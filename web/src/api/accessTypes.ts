/** Shapes of the access API (docs/access-api.md): roles, users, assignments, the audit log. */

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
export type Role = (typeof ROLES)[number];

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
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Personal-data permissions, and confirming who gets them (the controller's side): only a role in the förbund
 * gives them, never the superuser flag.
 */
export const PERSONAL_PERMISSIONS: ReadonlySet<Permission> = new Set(['refer', 'view_personal', 'manage_participants', 'confirm_roles', 'data_subject_rights']);

/** Roles that give access only once the controller's side has confirmed them. */
export const CONFIRMED_ROLES: ReadonlySet<string> = new Set(['deltagaransvarig', 'controller_contact']);

export interface Assignment {
  id: number;
  userId: number;
  associationId: number;
  role: string;
  organisationMemberId: number | null;
  validFrom: string;
  validTo: string | null;
  needsConfirmation: boolean;
  /** Waiting for the controller's side: gives no access yet. */
  pending: boolean;
  confirmedAt: number | null;
  /** Deltagaransvarig: the other controllers (lead parties) that have confirmed it for their insatser. */
  confirmedForPartyIds: number[];
}

/** A role waiting for confirmation, as the controller's side sees it. */
export interface PendingAssignment extends Assignment {
  username: string;
  displayName: string;
  requestedBy: string | null;
  /** The party whose confirmation it waits for: its own, or the controller of an insats the user works in. */
  awaitingPartyId: number;
}

export interface UserAccount {
  id: number;
  username: string;
  displayName: string;
  disabled: boolean;
  /** Invited: the user has not set a password through the link yet. */
  awaitingPassword: boolean;
  assignments: Assignment[];
}

/** A one-time link's token (goes into `/inbjudan#<token>`) and when it stops working (unix seconds). */
export interface Invitation {
  token: string;
  expiresAt: number;
}

export interface CreatedUser extends UserAccount {
  invitation: Invitation;
}

export interface InvitationInfo {
  username: string;
  displayName: string;
  expiresAt: number;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: string;
  validFrom?: string;
  validTo?: string;
  organisationMemberId?: number;
}

export interface NewAssignment {
  userId: number;
  role: string;
  validFrom?: string;
  validTo?: string;
  organisationMemberId?: number;
}

export interface AuditField {
  name: string;
  /** null: personal data, logged by name only. */
  value: string | null;
}

export interface AuditEvent {
  id: number;
  /** Unix seconds. */
  at: number;
  userId: number | null;
  username: string;
  clientAddress: string;
  associationId: number | null;
  action: string;
  entity: string;
  entityId: string;
  fields: AuditField[];
}

export interface AuditPage {
  items: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
}

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'read_personal',
  'permission_change',
  'export',
  'login',
  'login_failed',
  'login_throttled',
  'logout',
  'logout_everywhere',
  'password_change',
  'invite',
  'accept_invitation',
  'checkpoint',
] as const;

export const AUDIT_ENTITIES = [
  'association',
  'member',
  'notice',
  'charter',
  'processing_agreement',
  'budget',
  'payment',
  'equity',
  'user',
  'session',
  'audit',
  'person',
  'referral',
  'participation',
  'consent',
  'insats',
  'insats_staff',
  'target_group',
  'attendance',
  'statistics',
] as const;

/** Entities the server logs that docs/access-api.md does not list yet (the member value report, issue 5). */
export const AUDIT_EXTRA_ENTITIES = ['member_value'] as const;

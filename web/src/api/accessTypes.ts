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

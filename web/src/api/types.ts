/** Shapes of the JSON API (camelCase), see /api/v1. */

export interface User {
  id: number;
  username: string;
  displayName: string;
  /** Installation-wide roles (e.g. "superuser"). */
  roles: string[];
  superuser: boolean;
}

/** The caller's roles and permissions in one förbund (docs/access-api.md). */
export interface AssociationAccess {
  id: number;
  roles: string[];
  permissions: string[];
}

export interface SessionInfo {
  user: User;
  associations: AssociationAccess[];
  /** Every permission when the user is a superuser, otherwise empty. */
  superuserPermissions: string[];
  csrfToken: string;
}

export interface Health {
  status: string;
  version: string;
}

export interface Association {
  id: number;
  name: string;
  orgNumber: string;
  seat: string;
  formedOn: string;
  equityLimitBp?: number;
  version?: number;
  membershipIssues?: string[];
}

export type PartyKind = 'fk' | 'af' | 'region' | 'kommun';
export type MemberStatus = 'active' | 'notice_given' | 'left';

export interface Notice {
  givenOn: string;
  decidedBy: string;
  reference: string;
  endsOn: string;
  feeYears: number[];
  revokedOn: string | null;
  revokedReference: string | null;
}

export interface Member {
  id: number;
  name: string;
  partyKind: PartyKind;
  code: string | null;
  joinedOn: string;
  leftOn: string | null;
  status: MemberStatus;
  canGiveNotice?: boolean;
  version?: number;
  notice?: Notice | null;
}

export interface ItemList<T> {
  items: T[];
}

export interface FieldError {
  field: string;
  code: string;
}

/** application/problem+json */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  code?: string;
  errors?: FieldError[];
}

/** Shapes of the JSON API (camelCase), see /api/v1. */
import type { components } from './schema';

type Schemas = components['schemas'];

export type User = Schemas['User'];

/** The caller's roles and permissions in one förbund (docs/access-api.md). */
export type AssociationAccess = Schemas['AssociationAccess'];

export type SessionInfo = Schemas['SessionInfo'];

export type Health = Schemas['Health'];

export type Association = Schemas['Association'];

export type PartyKind = Schemas['PartyKind'];
export type MemberStatus = Schemas['MemberStatus'];

export type Notice = Schemas['Notice'];

export type Member = Schemas['Member'];

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

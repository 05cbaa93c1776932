/** Validation of the members page's forms (pure; the server checks the same and more). */
import type { NewMember } from '../../../api/moneyTypes';
import type { FieldError, PartyKind } from '../../../api/types';
import { Checker } from '../../../forms/validate';

export interface NewMemberText {
  name: string;
  partyKind: PartyKind;
  code: string;
  joinedOn: string;
}

const CODE_PATTERN: Partial<Record<PartyKind, RegExp>> = { region: /^\d{2}$/, kommun: /^\d{4}$/ };

export function checkNewMember(input: NewMemberText): { errors: FieldError[]; body: NewMember } {
  const c = new Checker().text('name', input.name);
  const code = input.code.trim();
  const pattern = CODE_PATTERN[input.partyKind];
  if (pattern) {
    if (code === '') c.add('code', 'required');
    else if (!pattern.test(code)) c.add('code', 'invalid');
  }
  c.date('joinedOn', input.joinedOn);
  return {
    errors: c.errors,
    body: { name: input.name.trim(), partyKind: input.partyKind, code: pattern ? code : null, joinedOn: input.joinedOn.trim() },
  };
}

/** A member can get a notice when it may leave and has none standing (a revoked one does not count). */
export function canRegisterNotice(m: { canGiveNotice?: boolean; status: string; notice?: { revokedOn: string | null } | null }) {
  return m.canGiveNotice === true && m.status === 'active' && (!m.notice || m.notice.revokedOn !== null);
}

export function canRevokeNotice(m: { status: string; notice?: { revokedOn: string | null } | null }) {
  return m.status === 'notice_given' && !!m.notice && m.notice.revokedOn === null;
}

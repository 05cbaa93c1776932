/**
 * The referral form: text state, client checks (format and Luhn of the personnummer; the server is
 * authoritative) and the bodies for POST /eligibility and POST /referrals.
 */
import { formatDate } from '../../../format';
import type { ReferralInput } from '../../../api/participantsTypes';
import { checkPersonnummer } from '../../../personnummer';
import type { FieldError } from '../../../api/types';
import { Checker } from '../../../forms/validate';

export const OTHER_KOMMUN = 'other';

export interface ReferralText {
  insatsId: string;
  referringMemberId: string;
  referredOn: string;
  personnummer: string;
  name: string;
  /** A member kommun's code, or OTHER_KOMMUN (then `otherKommunCode`). */
  kommun: string;
  otherKommunCode: string;
  targetGroupId: string;
  reason: string;
  priority: string;
  protectedIdentity: boolean;
  overrideEligibility: boolean;
  /** Send anyway though the check found an open referral or participation in the insats. */
  confirmDuplicate: boolean;
}

export function emptyReferral(today: Date): ReferralText {
  return {
    insatsId: '',
    referringMemberId: '',
    referredOn: formatDate(today),
    personnummer: '',
    name: '',
    kommun: '',
    otherKommunCode: '',
    targetGroupId: '',
    reason: '',
    priority: '0',
    protectedIdentity: false,
    overrideEligibility: false,
    confirmDuplicate: false,
  };
}

/** The kommun code the form stands for ('' when none). */
export function kommunCode(text: ReferralText): string {
  return text.kommun === OTHER_KOMMUN ? text.otherKommunCode.trim() : text.kommun;
}

/** The fields the eligibility check looks at, as one string: a new check is needed when it changes. */
export function eligibilityKey(text: ReferralText): string {
  return [text.insatsId, text.referredOn, text.personnummer.trim(), kommunCode(text), text.targetGroupId, text.protectedIdentity].join('|');
}

function checkFields(text: ReferralText, today: Date, c: Checker): string | null {
  if (text.insatsId === '') c.add('insatsId', 'required');
  c.date('referredOn', text.referredOn);
  if (text.referredOn.trim() > formatDate(today)) c.add('referredOn', 'future');
  const pnr = checkPersonnummer(text.personnummer, today);
  if (!pnr.ok) c.add('personnummer', pnr.code);
  const code = kommunCode(text);
  if (code === '') c.add('kommunCode', 'required');
  else if (!/^\d{4}$/.test(code)) c.add('kommunCode', 'invalid');
  if (text.targetGroupId === '') c.add('targetGroupId', 'required');
  return pnr.ok ? pnr.normalized : null;
}

function body(text: ReferralText, personnummer: string): ReferralInput {
  return {
    insatsId: Number(text.insatsId),
    referringMemberId: Number(text.referringMemberId),
    referredOn: text.referredOn.trim(),
    personnummer,
    name: text.name.trim(),
    kommunCode: kommunCode(text),
    targetGroupId: Number(text.targetGroupId),
    reason: text.reason.trim(),
    priority: Number(text.priority),
    overrideEligibility: text.overrideEligibility,
    protectedIdentity: text.protectedIdentity,
  };
}

/** What POST /eligibility needs; errors for the fields it needs. */
export function checkEligibilityInput(text: ReferralText, today: Date): { errors: FieldError[]; body: ReferralInput } {
  const c = new Checker();
  const pnr = checkFields(text, today, c);
  return { errors: c.errors, body: body(text, pnr ?? '') };
}

/**
 * The whole referral. `problems`: the latest eligibility problems for these inputs; when there
 * are any, the explicit override must be ticked.
 */
export function checkReferral(text: ReferralText, today: Date, problems: readonly string[]): { errors: FieldError[]; body: ReferralInput } {
  const c = new Checker();
  const pnr = checkFields(text, today, c);
  if (text.referringMemberId === '') c.add('referringMemberId', 'required');
  c.text('name', text.name);
  if (problems.length > 0 && !text.overrideEligibility) c.add('overrideEligibility', 'required');
  return { errors: c.errors, body: body(text, pnr ?? '') };
}

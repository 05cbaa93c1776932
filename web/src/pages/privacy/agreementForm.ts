/** The processing agreement form: texts → POST body, with the server's checks mirrored (see docs/money-api.md). */
import type { FieldError } from '../../api/types';
import type { ProcessingAgreementInput } from '../../api/privacyTypes';
import { Checker, optionalText } from '../../forms/validate';

export interface AgreementText {
  memberId: string;
  signedOn: string;
  validFrom: string;
  validTo: string;
  documentReference: string;
}

export function checkAgreement(text: AgreementText, today: string): { errors: FieldError[]; body: ProcessingAgreementInput } {
  const c = new Checker().date('signedOn', text.signedOn).date('validFrom', text.validFrom).date('validTo', text.validTo, false);
  if (text.memberId === '') c.add('memberId', 'required');
  c.text('documentReference', text.documentReference);
  const signedOn = text.signedOn.trim();
  const validFrom = text.validFrom.trim();
  const validTo = optionalText(text.validTo);
  const dated = !c.errors.some((e) => e.field === 'signedOn' || e.field === 'validFrom' || e.field === 'validTo');
  if (dated) {
    if (validTo !== null && validTo < validFrom) c.add('validTo', 'before_from');
    if (signedOn > validFrom) c.add('signedOn', 'after_from');
    if (signedOn > today) c.add('signedOn', 'future');
  }
  return {
    errors: c.errors,
    body: { memberId: Number(text.memberId), signedOn, validFrom, validTo, documentReference: text.documentReference.trim() },
  };
}

/** Processing agreements (personuppgiftsbiträdesavtal): see docs/privacy.md and POST …/processing-agreements. */
export interface ProcessingAgreementInput {
  memberId: number;
  signedOn: string;
  validFrom: string;
  validTo: string | null;
  documentReference: string;
}

export interface ProcessingAgreement extends ProcessingAgreementInput {
  id: number;
  memberName: string;
  inForce: boolean;
  version: number;
}

/** Shapes of the members-and-money API (docs/money-api.md). Money is integer öre, shares basis points. */
import type { PartyKind } from './types';

export interface NewMember {
  name: string;
  partyKind: PartyKind;
  code: string | null;
  joinedOn: string;
}

export interface NoticeInput {
  givenOn: string;
  decidedBy: string;
  reference: string;
  version: number;
}

export interface RevocationInput {
  revokedOn: string;
  reference: string;
  version: number;
}

export interface FeeYear {
  year: number;
  amountOre: number;
  estimated: boolean;
}

export interface ShareChange {
  memberId: number;
  name: string;
  beforeOre: number;
  afterOre: number;
  changeOre: number;
}

export interface WhatIf {
  memberId: number;
  noticeOn: string;
  endsOn: string;
  feeYears: FeeYear[];
  totalOwedOre: number;
  firstYearWithout: number;
  basisYear: number;
  basisTotalOre: number;
  shares: ShareChange[];
}

export type SplitKeyKind = 'population' | 'population_sickness' | 'fixed_percent' | 'manual';
export type NoticeCounting = 'calendar_years' | 'from_date';

export interface BoardSeat {
  memberId: number;
  members: number;
  deputies: number;
}

export interface CharterInput {
  effectiveFrom: string;
  notice: { years: number; counting: NoticeCounting };
  splitKey: { kind: SplitKeyKind; referenceYear: number | null };
  boardSeats: BoardSeat[];
  qualifiedMajority: string[];
}

export interface Charter extends CharterInput {
  id: number;
  associationId: number;
}

export interface BudgetSummary {
  year: number;
  totalOre: number;
  stateOre: number;
  regionsOre: number;
  kommunerOre: number;
  version: number;
}

export interface MemberAmounts {
  memberId: number;
  name: string;
  partyKind: PartyKind;
  amounts: Record<string, number>;
}

export interface BudgetOverview {
  items: BudgetSummary[];
  members: MemberAmounts[];
}

export interface KeyInput {
  memberId: number;
  sicknessRate?: number | null;
  percentBp?: number | null;
  amountOre?: number | null;
}

export type PaymentStatus = 'due' | 'invoiced' | 'paid';

export interface Payment {
  status: PaymentStatus;
  invoicedOn: string | null;
  paidOn: string | null;
  version: number;
}

export interface ContributionBasis {
  partyTotalOre: number;
  weight: number;
  weightSum: number;
  population: number | null;
  sicknessRate: number | null;
  percentBp: number | null;
}

export interface Contribution {
  memberId: number;
  name: string;
  partyKind: PartyKind;
  party: 'state' | 'region' | 'kommun';
  amountOre: number;
  basis: ContributionBasis;
  payment: Payment;
}

export interface Budget {
  year: number;
  totalOre: number;
  version: number;
  charterId: number;
  splitKey: { kind: SplitKeyKind; referenceYear: number | null };
  shares: { stateOre: number; regionsOre: number; kommunerOre: number };
  keyInputs: KeyInput[];
  contributions: Contribution[];
}

export interface BudgetInput {
  totalOre: number;
  keyInputs: KeyInput[];
  version: number;
}

export interface PaymentInput {
  status: PaymentStatus;
  invoicedOn: string | null;
  paidOn: string | null;
  version: number;
}

export interface EquityYear {
  year: number;
  openingOre: number;
  receivedOre: number;
  costsOre: number;
  resultOre: number;
  closingOre: number;
  contributionsOre: number;
  equityShareBp: number;
  flagged: boolean;
  version: number;
}

export interface EquityList {
  equityLimitBp: number;
  items: EquityYear[];
}

export interface EquityInput {
  openingOre?: number;
  receivedOre: number;
  costsOre: number;
  version: number;
}

export interface AllocationDefaults {
  potOre: number;
  baseOre: number;
  supportWeightBp: number;
  associations: { associationId: number; name: string; population: number }[];
}

export interface AllocationAssociationInput {
  name: string;
  supportMeasure: number;
  population: number;
  previousOre: number | null;
  equityOre: number | null;
  contributionsOre: number | null;
}

export interface AllocationInput {
  potOre: number;
  baseOre: number;
  supportWeightBp: number;
  maxDecreaseBp: number | null;
  equityLimitBp: number | null;
  associations: AllocationAssociationInput[];
}

export interface AllocationRow {
  name: string;
  stateOre: number;
  regionOre: number;
  kommunOre: number;
  totalOre: number;
  capped: boolean;
  equityFlagged: boolean;
}

export interface AllocationResult {
  items: AllocationRow[];
  totalStateOre: number;
}

/** Shapes of the members-and-money API (docs/money-api.md). Money is integer öre, shares basis points. */
import type { components } from './schema';

type Schemas = components['schemas'];

export type NewMember = Schemas['NewMember'];

export type NoticeInput = Schemas['NoticeInput'];

export type RevocationInput = Schemas['RevocationInput'];

export type FeeYear = Schemas['FeeYear'];

export type ShareChange = Schemas['ShareChange'];

export type WhatIf = Schemas['WhatIf'];

export type SplitKeyKind = Schemas['SplitKeyKind'];
export type NoticeCounting = Schemas['NoticeCounting'];

export type BoardSeat = Schemas['BoardSeat'];

export type CharterInput = Schemas['CharterInput'];

export type Charter = Schemas['Charter'];

export type BudgetSummary = Schemas['BudgetSummary'];

export type MemberAmounts = Schemas['MemberAmounts'];

export type BudgetOverview = Schemas['BudgetOverview'];

export type KeyInput = Schemas['KeyInput'];

export type PaymentStatus = Schemas['PaymentStatus'];

export type Payment = Schemas['Payment'];

export type ContributionBasis = Schemas['ContributionBasis'];

export type Contribution = Schemas['Contribution'];

export type Budget = Schemas['Budget'];

export type BudgetInput = Schemas['BudgetInput'];

export type BudgetPreviewInput = Schemas['BudgetPreviewInput'];

export type OverdueInvoice = Schemas['OverdueInvoice'];

export type PaymentInput = Schemas['PaymentInput'];

export type EquityYear = Schemas['EquityYear'];

export type EquityList = Schemas['EquityList'];

export type EquityInput = Schemas['EquityInput'];

export type AllocationDefaults = Schemas['AllocationDefaults'];

export type AllocationAssociationInput = Schemas['AllocationAssociationInput'];

export type AllocationInput = Schemas['AllocationInput'];

export type AllocationRow = Schemas['AllocationRow'];

export type AllocationResult = Schemas['AllocationResult'];
